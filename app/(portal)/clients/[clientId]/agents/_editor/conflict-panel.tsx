"use client";
// Shown when OnCallClerk's copy changed after the form was opened (412 agent_changed): what they
// changed, field by field, beside what the form holds now, and the two ways out.
import type { FieldChange } from "./agent-form-model";

export function ConflictPanel({
  changes,
  updatedAt,
  pending,
  onKeepMine,
  onLoadTheirs,
}: {
  changes: FieldChange[];
  updatedAt: string | undefined;
  pending: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  const when = updatedAt ? new Date(updatedAt) : null;
  return (
    <section className="alert warn conflict-panel" role="alert" aria-labelledby="conflict-title" tabIndex={-1} id="conflict-panel">
      <div className="stack" style={{ gap: 10, width: "100%" }}>
        <div>
          <strong id="conflict-title">This agent was changed in OnCallClerk since you opened it</strong>
          <span>
            {when && !Number.isNaN(when.getTime()) ? `Changed ${when.toLocaleString()}. ` : ""}
            Nothing was saved. Compare, then keep your changes or start again from their version.
          </span>
        </div>
        {changes.length ? (
          <table className="table conflict-table">
            <thead>
              <tr><th scope="col">Field</th><th scope="col">Theirs (in OnCallClerk now)</th><th scope="col">Yours (in this form)</th></tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.key}>
                  <th scope="row">
                    {change.label}
                    {change.bothChanged ? <span className="badge warn plain conflict-both">you changed it too</span> : null}
                  </th>
                  <td className="conflict-value">{change.theirs}</td>
                  <td className="conflict-value">{change.yours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="small" style={{ margin: 0 }}>Only settings this form does not show changed (for example the phone number or the email recipients).</p>
        )}
        <p className="small" style={{ margin: 0 }}>
          <strong style={{ display: "inline" }}>Keep my changes</strong> saves only the fields you changed, on top of their version; their other changes stay.
        </p>
        <div className="row">
          <button type="button" className="btn primary" onClick={onKeepMine} disabled={pending} aria-busy={pending}>
            {pending ? <span className="spinner" aria-hidden /> : null}
            Keep my changes
          </button>
          <button type="button" className="btn" onClick={onLoadTheirs} disabled={pending}>Load their version</button>
        </div>
      </div>
    </section>
  );
}
