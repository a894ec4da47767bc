// An agent's hours, day by day, in the words the editor uses ("22:00–06:00 (next day)", "all day").
import { describeDay, WEEKDAYS } from "@/lib/agents/business-hours";
import type { Agent } from "@/lib/oncallclerk";
import { hoursFromAgent } from "../_editor/agent-form-model";

export function BusinessHoursTable({ hours }: { hours: Agent["business_hours"] }) {
  if (!hours || hours.enabled === false) {
    return <p className="muted" style={{ margin: 0 }}>24/7 mode: the agent answers every call at any time.</p>;
  }
  const filled = hoursFromAgent(hours, hours.timezone ?? "UTC");
  return (
    <table className="table" style={{ maxWidth: 460 }}>
      <tbody>
        {WEEKDAYS.map((day) => {
          const entry = filled.schedule[day];
          return (
            <tr key={day}>
              <td style={{ textTransform: "capitalize", padding: "6px 0" }}>{day}</td>
              <td className="mono" style={{ padding: "6px 0" }}>
                {entry.enabled ? describeDay(entry) : <span className="faint">Closed (voicemail)</span>}
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
