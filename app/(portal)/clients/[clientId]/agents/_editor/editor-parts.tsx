// Small pieces of the agent editor: a titled section, a labelled textarea, the escalation choice.
import type { ReactNode, TextareaHTMLAttributes } from "react";
import { ESCALATION_POLICIES } from "@/lib/oncallclerk/schemas/agents";
import { CONFIG_FIELD_LABELS } from "@/lib/agents/versions/fields";
import type { EscalationPolicy } from "./agent-form-model";

export function EditorSection({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section className="card editor-section" aria-labelledby={`${id}-title`} id={id}>
      <div className="card-body">
        <div className="editor-section-head">
          <h2 id={`${id}-title`}>{title}</h2>
          {description ? <p className="muted small">{description}</p> : null}
        </div>
        <div className="stack">{children}</div>
      </div>
    </section>
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  hint?: string;
  errors?: string[] | undefined;
}

export function TextAreaField({ name, label, hint, errors, id, ...textarea }: TextAreaFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const error = errors?.[0];
  const describedBy = error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <textarea id={fieldId} name={name} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
      {error ? (
        <span id={`${fieldId}-error`} className="error" role="alert">{error}</span>
      ) : hint ? (
        <span id={`${fieldId}-hint`} className="hint">{hint}</span>
      ) : null}
    </div>
  );
}

const POLICY_TEXT: Record<EscalationPolicy, { title: string; text: string }> = {
  never: { title: "Never transfer", text: "The agent handles every call itself and takes a message when it cannot help." },
  complex: { title: "Transfer complex calls", text: "The agent answers routine questions and passes on calls it cannot handle well." },
  requested: { title: "Transfer when asked", text: "The agent transfers only when the caller asks to speak to a person." },
  always: { title: "Always transfer", text: "The agent greets the caller, then puts every call through to a person." },
};

export function EscalationPicker({ value, onChange, error }: { value: EscalationPolicy; onChange: (policy: EscalationPolicy) => void; error?: string | undefined }) {
  return (
    <fieldset className="policy-fieldset" aria-invalid={error ? true : undefined}>
      <legend>When should the agent transfer a call to a person?</legend>
      <div className="policy-grid">
        {ESCALATION_POLICIES.map((policy) => (
          <label key={policy} className={`policy-card ${policy === value ? "selected" : ""}`}>
            <input type="radio" name="escalation_policy" value={policy} checked={policy === value} onChange={() => onChange(policy)} />
            <span>
              <strong>{POLICY_TEXT[policy].title}</strong>
              <span className="hint block">{POLICY_TEXT[policy].text}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? <span className="error small" role="alert">{error}</span> : null}
    </fieldset>
  );
}

const FIELD_LABELS: Record<string, string> = {
  ...CONFIG_FIELD_LABELS,
  params: "Email recipients",
  recipients: "Email recipients",
};

/** Where the person fixes an error reported for `key` (an element id in the editor). */
export function fieldAnchor(key: string): string {
  const [head = ""] = key.split(".");
  if (key === "voice_settings.personality") return "field-personality";
  if (key === "voice_settings.name") return "field-display_name";
  if (head === "voice_id") return "section-voice";
  if (head === "business_hours") return "section-hours";
  if (head === "faq") return "section-faq";
  if (head === "functions_enabled") return "section-functions";
  if (head === "params") return "field-recipients";
  return `field-${head}`;
}

/** "faq.2.question" → "FAQ, question 3". */
export function fieldLabel(key: string): string {
  const [head = "", ...rest] = key.split(".");
  const label = FIELD_LABELS[head] ?? (head === "_" ? "Form" : head);
  if (head === "faq" && rest[0] !== undefined && /^\d+$/.test(rest[0])) return `FAQ, question ${Number(rest[0]) + 1}`;
  if (head === "business_hours" && rest[0] === "schedule" && rest[1]) return `Business hours, ${rest[1]}`;
  return label;
}
