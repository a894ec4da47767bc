// The events, grouped by UTC day, newest first: the readable line, and under it (folded) the
// field-level before/after in full and where the change came from.
import type { AuditEventView } from "@/lib/audit/list-events";
import { valueText } from "@/lib/audit/describe-values";

const DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", hour: "2-digit", minute: "2-digit" });

function byDay(items: AuditEventView[]): { day: string; items: AuditEventView[] }[] {
  const days: { day: string; items: AuditEventView[] }[] = [];
  for (const item of items) {
    const day = DAY.format(new Date(item.createdAt));
    if (days.at(-1)?.day === day) days.at(-1)!.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}

/** Details beyond the changes (recipients, bundle documents…), as label/value pairs. */
function detailFacts(details: AuditEventView["details"]): [string, string][] {
  return Object.entries(details ?? {}).map(([name, value]) => [name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase(), valueText(value)]);
}

function Value({ value }: { value: unknown }) {
  const text = valueText(value);
  return text.includes("\n") || text.length > 80 ? <pre className="audit-value">{text}</pre> : <span className="audit-value">{text}</span>;
}

function EventDetail({ event }: { event: AuditEventView }) {
  const facts: [string, string | null][] = [
    ["When", `${event.createdAt.replace("T", " ").replace(/\.\d+Z$/, "")} UTC`],
    ["Who", event.actor.email ? `${event.actor.name} <${event.actor.email}>` : event.actor.name],
    ["API token", event.actor.tokenName],
    ["Action", `${event.actionLabel} (${event.action})`],
    ["Client", event.client ? (event.client.name ?? event.client.id) : null],
    ["IP address", event.ip],
    ["Browser", event.userAgent],
    ...detailFacts(event.details),
  ];
  return (
    <div className="audit-detail">
      {event.changes.length > 0 ? (
        <table className="audit-changes">
          <thead>
            <tr><th scope="col">Setting</th><th scope="col">Before</th><th scope="col">After</th></tr>
          </thead>
          <tbody>
            {event.changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{change.label}</th>
                <td><Value value={change.before} /></td>
                <td><Value value={change.after} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <dl className="audit-facts">
        {facts.filter((fact): fact is [string, string] => fact[1] !== null && fact[1] !== "").map(([label, value]) => (
          <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
    </div>
  );
}

export function AuditEventList({ items }: { items: AuditEventView[] }) {
  return (
    <div className="stack">
      {byDay(items).map((group) => (
        <section key={group.day} className="card audit-day" aria-label={group.day}>
          <h2 className="audit-day-title">{group.day}</h2>
          <ol className="audit-events">
            {group.items.map((event) => (
              <li key={event.id} className="audit-event">
                <details>
                  <summary>
                    <time dateTime={event.createdAt} className="audit-time muted small">{TIME.format(new Date(event.createdAt))}</time>
                    <span className="audit-summary">{event.summary}</span>
                    <span className="badge plain audit-action">{event.actionLabel}</span>
                  </summary>
                  <EventDetail event={event} />
                </details>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
