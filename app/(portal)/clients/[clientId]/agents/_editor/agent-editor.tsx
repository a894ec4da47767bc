"use client";
// Create or edit an agent: every field of the reference in one form. Create posts the whole body;
// edit sends only what changed with If-Match (the updated_at it loaded) and, when OnCallClerk's copy
// moved in the meantime, shows what changed instead of overwriting it. Email goes to its own endpoint.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { businessHoursSchema } from "@/lib/agents/business-hours";
import { faqEntriesSchema } from "@/lib/agents/faq-csv";
import { parseRecipients } from "@/lib/agents/recipients";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import type { Voice } from "@/lib/oncallclerk/schemas/voices";
import { ApiRequestError } from "@/lib/swr/fetcher";
import { changedBody, createBody, emailChanged, emptyForm, formFromAgent, upstreamChanges, type AgentForm, type FieldChange } from "./agent-form-model";
import { configureEmailRequest, createAgentRequest, revalidateClient, updateAgentRequest } from "./agent-requests";
import { BusinessHoursEditor } from "./business-hours-editor";
import { ConflictPanel } from "./conflict-panel";
import { EditorSection, EscalationPicker, fieldAnchor, fieldLabel, TextAreaField } from "./editor-parts";
import { FaqEditor } from "./faq-editor";
import { FunctionsFields } from "./functions-fields";
import { TemplateNotice } from "./template-notice";
import { prefillFromTemplate, type TemplateStart } from "./template-prefill";
import { VoicePicker } from "./voice-picker";

type Props = {
  clientId: string;
  countryName: string;
  voices: Voice[] | null;
  timezone: string;
} & ({ mode: "create"; blocked: string | null; template?: TemplateStart | null } | { mode: "edit"; agent: Agent; hoursAndFaqOnly?: boolean });

const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function AgentEditor(props: Props) {
  const { clientId, countryName, timezone } = props;
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();
  const [prefill] = useState(() => (props.mode === "create" && props.template ? prefillFromTemplate(props.template, timezone, props.voices) : null));
  const [initial] = useState(() => (props.mode === "edit" ? formFromAgent(props.agent, timezone) : (prefill?.form ?? emptyForm(timezone))));
  const [form, setForm] = useState<AgentForm>(initial);
  const [base, setBase] = useState<AgentForm>(initial);
  const [baseUpdatedAt, setBaseUpdatedAt] = useState(props.mode === "edit" ? props.agent.updated_at : undefined);
  const [conflict, setConflict] = useState<{ current: Agent; changes: FieldChange[] } | null>(null);
  const [localError, setLocalError] = useState<{ message: string; recipients?: string } | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [emailPending, setEmailPending] = useState(false);

  const set = (patch: Partial<AgentForm>) => setForm((current) => ({ ...current, ...patch }));
  const agentId = props.mode === "edit" ? props.agent.id : null;
  const detailUrl = (id: string) => `/clients/${clientId}/agents/${encodeURIComponent(id)}`;
  const voiceName = (id: string) => props.voices?.find((voice) => voice.id === id)?.name ?? (id || "—");
  const pendingChanges = props.mode === "edit" ? Object.keys(changedBody(base, form)).length + (emailChanged(base, form) ? 1 : 0) : 0;

  /**
   * Problems the server cannot see or that we can show sooner: hours, FAQ, recipients, removed
   * numbers. An edit checks (and sends) only the sections the person changed: hours stored in
   * OnCallClerk that our rules refuse (e.g. set there directly) must not block saving a greeting.
   */
  function checkLocally(): { message: string; recipients?: string } | null {
    const changed = props.mode === "edit" ? changedBody(base, form) : null;
    const touched = (key: string) => changed === null || key in changed;
    if (touched("business_hours") && !businessHoursSchema.safeParse(form.business_hours).success) return { message: "Fix the business hours marked below." };
    if (touched("faq") && !faqEntriesSchema.safeParse(form.faq.map(({ question, answer }) => ({ question, answer }))).success) {
      return { message: "Every FAQ entry needs a question and an answer (remove empty ones)." };
    }
    // A voice this client is not offered (e.g. from a template) is refused here, not sent.
    if (props.mode === "create" && props.voices && form.voice_id && !props.voices.some((voice) => voice.id === form.voice_id)) {
      return { message: "Choose one of the voices offered to this client." };
    }
    if (props.mode === "edit") {
      for (const [key, label] of [["forwarding_number", "forwarding"], ["escalation_number", "backup"]] as const) {
        if (base[key].trim() && !form[key].trim()) {
          return { message: `OnCallClerk cannot remove the ${label} number through its API: replace it with another number, or put the old one back.` };
        }
      }
    }
    if (form.email_enabled && (!base.email_enabled || form.recipients_text.trim() || props.mode === "create")) {
      const parsed = parseRecipients(form.recipients_text);
      if (parsed.errors.length) return { message: "Fix the email recipients.", recipients: "Some recipients are not valid (see below)." };
      if (parsed.recipients.length === 0) return { message: "Add who the agent may email.", recipients: "Add at least one address or @domain the agent may email." };
    }
    return null;
  }

  async function saveEmail(id: string): Promise<boolean> {
    setEmailPending(true);
    try {
      await configureEmailRequest(clientId, id, form.email_enabled, form.email_enabled ? parseRecipients(form.recipients_text).recipients : []);
      return true;
    } catch (error) {
      const text = error instanceof ApiRequestError ? error.message : "Something went wrong.";
      setLocalError({ message: `The email function was not updated: ${text}` });
      return false;
    } finally {
      setEmailPending(false);
    }
  }

  async function finish(id: string, text: string) {
    toast.show(text);
    await revalidateClient(clientId);
    router.push(detailUrl(id));
    router.refresh();
  }

  async function onCreate() {
    const created = await submit(() => createAgentRequest(clientId, createBody(form)));
    if (!created) return focusById("editor-errors");
    if (form.email_enabled && !(await saveEmail(created.id))) {
      toast.show(`Agent “${created.agent_name ?? form.agent_name}” was created, but its email function is still off: switch it on from the agent's Edit page.`, "error");
    }
    await finish(created.id, `Agent “${created.agent_name ?? form.agent_name}” created.`);
  }

  async function onUpdate(ifMatch: string | undefined) {
    if (!agentId) return;
    const body = changedBody(base, form);
    if (Object.keys(body).length > 0) {
      const outcome = await submit(() => updateAgentRequest(clientId, agentId, body, ifMatch));
      if (!outcome) return focusById("editor-errors");
      if (outcome.kind === "conflict") {
        setConflict({ current: outcome.current, changes: upstreamChanges(base, formFromAgent(outcome.current, timezone), form, voiceName) });
        return focusById("conflict-panel");
      }
      setConflict(null);
      // Saved: from now on this is the version the form is based on (a retry of email alone resends nothing else).
      const saved = { ...formFromAgent(outcome.agent, timezone), email_enabled: base.email_enabled, recipients_text: "" };
      setBase(saved);
      setBaseUpdatedAt(outcome.agent.updated_at);
    }
    if (emailChanged(base, form) && !(await saveEmail(agentId))) return focusById("editor-errors");
    await finish(agentId, "Agent saved.");
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    setLocalError(null);
    const problem = checkLocally();
    if (problem) {
      setLocalError(problem);
      return focusById("editor-errors");
    }
    if (props.mode === "create") return onCreate();
    if (pendingChanges === 0) {
      setLocalError({ message: "Nothing to save: no field was changed." });
      return focusById("editor-errors");
    }
    return onUpdate(baseUpdatedAt);
  }

  function loadTheirs() {
    if (!conflict) return;
    const theirs = formFromAgent(conflict.current, timezone);
    setForm(theirs);
    setBase(theirs);
    setBaseUpdatedAt(conflict.current.updated_at);
    setConflict(null);
    toast.show("Loaded the agent as it is in OnCallClerk now.");
  }

  // The server says "Enter a voice" when none was picked; in a list of cards, "choose" is the verb.
  const shownErrors: Record<string, string[]> = { ...fieldErrors, ...(fieldErrors.voice_id && !form.voice_id ? { voice_id: ["Choose a voice"] } : {}) };
  const errorEntries = Object.entries(shownErrors).filter(([, messages]) => messages.length > 0);
  const busy = pending || emailPending;
  // Only hours and the FAQ (what the server allows this person): the other sections are not shown.
  const full = !(props.mode === "edit" && props.hoursAndFaqOnly);
  const blocked = props.mode === "create" ? props.blocked : null;

  return (
    <form className="agent-editor" method="post" onSubmit={onSubmit} noValidate aria-label={props.mode === "create" ? "New agent" : "Edit agent"}>
      <div id="editor-errors" tabIndex={-1} className="editor-errors">
        {message ? <div className="alert danger" role="alert">{message}</div> : null}
        {localError ? <div className="alert danger" role="alert">{localError.message}</div> : null}
        {errorEntries.length ? (
          <div className="alert danger" role="alert">
            <div>
              <strong>Some fields need attention</strong>
              <ul className="error-summary">
                {errorEntries.map(([key, messages]) => (
                  <li key={key}><a href={`#${fieldAnchor(key)}`}>{fieldLabel(key)}</a>: {messages[0]}</li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
      </div>

      {prefill && props.mode === "create" && props.template ? <TemplateNotice name={props.template.name} prefill={prefill} emailOn={initial.email_enabled} /> : null}

      {conflict ? (
        <ConflictPanel changes={conflict.changes} updatedAt={conflict.current.updated_at} pending={busy} onKeepMine={() => void onUpdate(conflict.current.updated_at)} onLoadTheirs={loadTheirs} />
      ) : null}

      {full ? (
        <>
          <EditorSection id="section-identity" title="Business and agent" description="Who the agent answers for, and what the agency calls it.">
            <div className="grid-2 tight">
              <Field name="business_name" label="Business name" value={form.business_name} onChange={(event) => set({ business_name: event.target.value })} maxLength={200} placeholder="Acme Dental" errors={fieldErrors.business_name} autoComplete="off" />
              <Field name="agent_name" label="Agent name" value={form.agent_name} onChange={(event) => set({ agent_name: event.target.value })} maxLength={100} placeholder="Reception" hint="A name for the agency, e.g. Reception or After hours." errors={fieldErrors.agent_name} autoComplete="off" />
            </div>
          </EditorSection>

          <EditorSection id="section-voice" title="Voice" description="How the agent sounds and introduces itself.">
            {prefill?.missingVoice && !form.voice_id ? (
              <div className="alert warn" role="note">The template&apos;s voice (<span className="mono">{prefill.missingVoice}</span>) is not offered to this client. Choose one of these voices.</div>
            ) : null}
            <VoicePicker clientId={clientId} initialVoices={props.voices} value={form.voice_id} onChange={(voice_id) => set({ voice_id })} error={shownErrors.voice_id?.[0]} />
            <div className="grid-2 tight">
              <Field name="personality" label="Personality" list="personality-suggestions" value={form.personality} onChange={(event) => set({ personality: event.target.value })} maxLength={100} placeholder="friendly" hint="Optional, e.g. friendly, calm, professional." errors={fieldErrors["voice_settings.personality"]} autoComplete="off" />
              <Field name="display_name" label="Display name" value={form.display_name} onChange={(event) => set({ display_name: event.target.value })} maxLength={100} placeholder="Kevin" hint="Optional: the name the agent gives callers." errors={fieldErrors["voice_settings.name"]} autoComplete="off" />
            </div>
            <datalist id="personality-suggestions">
              {["friendly", "professional", "calm", "energetic", "warm", "concise"].map((item) => <option key={item} value={item} />)}
            </datalist>
          </EditorSection>

          <EditorSection id="section-script" title="Greeting and instructions">
            <TextAreaField name="greeting" label="Greeting" rows={2} value={form.greeting} onChange={(event) => set({ greeting: event.target.value })} maxLength={1000} placeholder="Hello, thanks for calling Acme Dental! How can I help?" hint="The first thing callers hear." errors={fieldErrors.greeting} />
            <TextAreaField name="system_prompt" label="Instructions (system prompt)" rows={6} value={form.system_prompt} onChange={(event) => set({ system_prompt: event.target.value })} maxLength={20000} placeholder="You are the receptionist for Acme Dental. Be friendly, answer questions about the practice and take messages." hint="How the agent behaves: its role, tone, what it may and may not do." errors={fieldErrors.system_prompt} />
          </EditorSection>

          <EditorSection id="section-calls" title="Transfers" description={`Numbers can be typed any way; without a + they are read as ${countryName} numbers.`}>
            <EscalationPicker value={form.escalation_policy} onChange={(escalation_policy) => set({ escalation_policy })} error={fieldErrors.escalation_policy?.[0]} />
            <div className="grid-2 tight">
              <Field name="forwarding_number" label="Forwarding number" type="tel" value={form.forwarding_number} onChange={(event) => set({ forwarding_number: event.target.value })} placeholder="(415) 555-0134" hint="Where transferred calls go." errors={fieldErrors.forwarding_number} autoComplete="off" />
              <Field name="escalation_number" label="Backup (escalation) number" type="tel" value={form.escalation_number} onChange={(event) => set({ escalation_number: event.target.value })} placeholder="Optional" hint="A dedicated number for escalations, e.g. a manager." errors={fieldErrors.escalation_number} autoComplete="off" />
            </div>
            {form.escalation_policy !== "never" && !form.forwarding_number.trim() && !form.escalation_number.trim() ? (
              <p className="small warn-text">With transfers on, give at least a forwarding number, or callers cannot be put through.</p>
            ) : null}
          </EditorSection>
        </>
      ) : null}

      <EditorSection id="section-hours" title="Business hours" description="When the agent answers. Times are the wall clock of the chosen time zone, daylight saving included.">
        <BusinessHoursEditor value={form.business_hours} onChange={(business_hours) => set({ business_hours })} serverErrors={fieldErrors} />
      </EditorSection>

      <EditorSection id="section-faq" title="FAQ" description="Answers the agent can give word for word.">
        <FaqEditor value={form.faq} onChange={(faq) => set({ faq })} serverErrors={fieldErrors} showEmptyErrors={attempted} />
      </EditorSection>

      {full ? (
        <EditorSection id="section-functions" title="Functions" description="What the agent may do during a call besides talking.">
          <FunctionsFields
            functions={form.functions}
            emailEnabled={form.email_enabled}
            recipientsText={form.recipients_text}
            emailWasOn={props.mode === "edit" && base.email_enabled}
            onChange={(patch) => set(patch)}
            recipientsError={localError?.recipients ?? fieldErrors["params.permitted_recipients"]?.[0]}
          />
        </EditorSection>
      ) : null}

      <div className="editor-actions">
        {blocked ? (
          <div className="alert warn" role="alert"><div><strong>No agent can be created right now</strong>{blocked}</div></div>
        ) : (
          <>
            <SubmitButton pending={busy} disabled={conflict !== null}>
              {props.mode === "create" ? (busy ? "Creating agent…" : "Create agent") : busy ? "Saving…" : "Save changes"}
            </SubmitButton>
            <Link className="btn" href={agentId ? detailUrl(agentId) : `/clients/${clientId}/agents`}>Cancel</Link>
            {props.mode === "edit" ? (
              <span className="small muted" aria-live="polite">
                {pendingChanges === 0 ? "No unsaved changes" : `${pendingChanges} field${pendingChanges === 1 ? "" : "s"} changed`}
              </span>
            ) : null}
          </>
        )}
      </div>
    </form>
  );
}
