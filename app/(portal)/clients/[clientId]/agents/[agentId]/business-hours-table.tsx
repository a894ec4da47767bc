import type { Agent } from "@/lib/oncallclerk";

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export function BusinessHoursTable({ hours }: { hours: Agent["business_hours"] }) {
  if (!hours || hours.enabled === false) {
    return <p className="muted" style={{ margin: 0 }}>24/7 mode: the agent answers every call at any time.</p>;
  }
  return (
    <table className="table" style={{ maxWidth: 420 }}>
      <tbody>
        {DAYS.map((day) => {
          const entry = hours.schedule?.[day];
          return (
            <tr key={day}>
              <td style={{ textTransform: "capitalize", padding: "6px 0" }}>{day}</td>
              <td className="mono" style={{ padding: "6px 0" }}>
                {entry?.enabled ? `${entry.open} – ${entry.close}` : <span className="faint">Closed (voicemail)</span>}
              </td>
            </tr>
          );
        })}
        {hours.timezone ? (
          <tr><td className="muted" style={{ padding: "6px 0" }}>Time zone</td><td style={{ padding: "6px 0" }}>{hours.timezone}</td></tr>
        ) : null}
      </tbody>
    </table>
  );
}
