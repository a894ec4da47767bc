"use client";
// Functions the agent may use, and for email who it may write to. Recipients are parsed as typed
// (addresses or whole @domains, lower-cased, de-duplicated) so the person sees what will be saved.
import { parseRecipients } from "@/lib/agents/recipients";

const FUNCTIONS = [
  { name: "calendar", label: "Calendar", hint: "Book, move and cancel appointments." },
  { name: "email", label: "Email", hint: "Send emails (from agent@oncallclerk.com) to the recipients you allow." },
  { name: "sheets", label: "Sheets", hint: "Write call details to a spreadsheet." },
] as const;

export function FunctionsFields({
  functions,
  emailEnabled,
  recipientsText,
  emailWasOn,
  onChange,
  recipientsError,
}: {
  functions: string[];
  emailEnabled: boolean;
  recipientsText: string;
  /** Email was already on when the form opened (edit): an empty list keeps the current one. */
  emailWasOn: boolean;
  onChange: (patch: { functions?: string[]; email_enabled?: boolean; recipients_text?: string }) => void;
  recipientsError?: string | undefined;
}) {
  const parsed = parseRecipients(recipientsText);
  const unknown = functions.filter((name) => !FUNCTIONS.some((known) => known.name === name));
  return (
    <div className="stack">
      <fieldset className="check-list">
        <legend className="visually-hidden">Enabled functions</legend>
        {FUNCTIONS.map((fn) => {
          const checked = fn.name === "email" ? emailEnabled : functions.includes(fn.name);
          return (
            <div key={fn.name} className="check-row">
              <input
                id={`function-${fn.name}`}
                type="checkbox"
                checked={checked}
                aria-describedby={`function-${fn.name}-hint`}
                onChange={(event) => {
                  if (fn.name === "email") onChange({ email_enabled: event.target.checked });
                  else onChange({ functions: event.target.checked ? [...functions, fn.name] : functions.filter((name) => name !== fn.name) });
                }}
              />
              <div>
                <label htmlFor={`function-${fn.name}`}><strong>{fn.label}</strong></label>
                <span id={`function-${fn.name}-hint`} className="hint block">{fn.hint}</span>
              </div>
            </div>
          );
        })}
        {unknown.length ? <p className="small muted">Also enabled in OnCallClerk: {unknown.join(", ")} (kept as they are).</p> : null}
      </fieldset>
      {emailEnabled ? (
        <div className="field recipients-field">
          <label htmlFor="field-recipients">Who may the agent email?</label>
          <textarea
            id="field-recipients"
            className="input"
            rows={3}
            value={recipientsText}
            onChange={(event) => onChange({ recipients_text: event.target.value })}
            placeholder={"office@acme-dental.com, @acme-dental.com"}
            aria-invalid={recipientsError || parsed.errors.length ? true : undefined}
            aria-describedby="field-recipients-hint"
          />
          <span id="field-recipients-hint" className="hint">
            Full addresses, or <code>@domain.com</code> for everyone at a domain; separate with commas or new lines.
            {emailWasOn ? " OnCallClerk does not show the current list: leave this empty to keep it, or type the complete new list." : ""}
          </span>
          {recipientsError ? <span className="error" role="alert">{recipientsError}</span> : null}
          {parsed.errors.length ? (
            <ul className="error small recipient-errors">
              {parsed.errors.map((error, index) => <li key={index}>{error.value ? `${error.value}: ` : ""}{error.message}</li>)}
            </ul>
          ) : null}
          {parsed.recipients.length ? (
            <div className="chips" aria-label="Recipients that will be saved">
              {parsed.recipients.map((recipient) => <span key={recipient} className="chip">{recipient}</span>)}
            </div>
          ) : null}
          {parsed.covered.length ? (
            <span className="hint">Not needed (their whole domain is allowed): {parsed.covered.map((item) => item.value).join(", ")}</span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
