// What to check on a new agent started from a template: its name, the copied transfer numbers, a
// voice this client is not offered, the email recipients (templates do not keep them).
import type { TemplatePrefill } from "./template-prefill";

export function TemplateNotice({ name, prefill, emailOn }: { name: string; prefill: TemplatePrefill; emailOn: boolean }) {
  return (
    <div className="alert info template-notice" role="note">
      <div>
        <strong>Started from the template “{name}”</strong>
        Check these before creating the agent:
        <ul>
          <li>Give the agent its name (and check the business name).</li>
          {prefill.copiedNumbers.length ? (
            <li>
              Calls are put through to <span className="mono">{prefill.copiedNumbers.join(", ")}</span>, copied from the template: change
              {prefill.copiedNumbers.length === 1 ? " it" : " them"} if this client uses other numbers.
            </li>
          ) : null}
          {prefill.missingVoice ? <li>The template&apos;s voice is not offered to this client: choose a voice.</li> : null}
          {emailOn ? <li>Add who the agent may email: templates do not keep the recipients.</li> : null}
        </ul>
      </div>
    </div>
  );
}
