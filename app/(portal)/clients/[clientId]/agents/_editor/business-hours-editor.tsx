"use client";
// Business hours: 24/7 switch, per-day on/off and times, copy Monday to weekdays, the IANA zone
// and the "Would it answer?" preview. Errors come from the same schema the API uses
// (businessHoursSchema), so nothing the server would refuse looks fine here.
import { businessHoursSchema, copyMondayToWeekdays, describeDay, WEEKDAYS, type BusinessHours, type DayHours, type Weekday } from "@/lib/agents/business-hours";
import { TimeZonePicker } from "./time-zone-picker";
import { WouldItAnswer } from "./would-it-answer";

const DAY_LABEL = (day: Weekday) => day.charAt(0).toUpperCase() + day.slice(1);

/** Errors by path below business_hours ("schedule.monday.close", "timezone"), from the schema and the server. */
export function hoursErrors(hours: BusinessHours, server: Record<string, string[]>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, messages] of Object.entries(server)) {
    if (key.startsWith("business_hours.") && messages[0]) errors[key.slice("business_hours.".length)] = messages[0];
  }
  const parsed = businessHoursSchema.safeParse(hours);
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

export function BusinessHoursEditor({
  value,
  onChange,
  serverErrors,
}: {
  value: BusinessHours;
  onChange: (hours: BusinessHours) => void;
  serverErrors: Record<string, string[]>;
}) {
  const errors = hoursErrors(value, serverErrors);
  const setDay = (day: Weekday, patch: Partial<DayHours>) =>
    onChange({ ...value, schedule: { ...value.schedule, [day]: { ...value.schedule[day], ...patch } } });

  return (
    <div className="stack hours-editor">
      <div className="switch-row">
        <input
          id="hours-24-7"
          type="checkbox"
          role="switch"
          checked={!value.enabled}
          onChange={(event) => onChange({ ...value, enabled: !event.target.checked })}
          aria-describedby="hours-mode-hint"
        />
        <div>
          <label htmlFor="hours-24-7"><strong>Answer calls 24/7</strong></label>
          <span id="hours-mode-hint" className="hint block">
            {value.enabled
              ? "Off: the agent answers only during the hours below. Calls outside these hours go to voicemail."
              : "On: the agent answers every call, day and night. Turn this off to set business hours."}
          </span>
        </div>
      </div>

      {value.enabled ? (
        <>
          <div className="alert info small" role="note">
            Calls outside these hours go to voicemail. A closing time earlier than the opening time runs overnight into the next day;
            closing at 00:00 means midnight, and 00:00–00:00 means the whole day.
          </div>
          <div className="table-wrap">
          <table className="table hours-table">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Open</th>
                <th scope="col">Opens</th>
                <th scope="col">Closes</th>
                <th scope="col">Means</th>
              </tr>
            </thead>
            <tbody>
              {WEEKDAYS.map((day) => {
                const entry = value.schedule[day];
                const error = errors[`schedule.${day}.close`] ?? errors[`schedule.${day}.open`] ?? errors[`schedule.${day}`];
                return (
                  <tr key={day} className={entry.enabled ? "" : "day-off"}>
                    <th scope="row">{DAY_LABEL(day)}</th>
                    <td>
                      <input
                        type="checkbox"
                        checked={entry.enabled}
                        onChange={(event) => setDay(day, { enabled: event.target.checked })}
                        aria-label={`Open on ${DAY_LABEL(day)}`}
                      />
                    </td>
                    <td>
                      <input
                        className="input time-input"
                        type="time"
                        value={entry.open}
                        disabled={!entry.enabled}
                        onChange={(event) => setDay(day, { open: event.target.value })}
                        aria-label={`${DAY_LABEL(day)} opens at`}
                        aria-invalid={errors[`schedule.${day}.open`] ? true : undefined}
                      />
                    </td>
                    <td>
                      <input
                        className="input time-input"
                        type="time"
                        value={entry.close}
                        disabled={!entry.enabled}
                        onChange={(event) => setDay(day, { close: event.target.value })}
                        aria-label={`${DAY_LABEL(day)} closes at`}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `hours-${day}-error` : undefined}
                      />
                    </td>
                    <td>
                      {error ? (
                        <span id={`hours-${day}-error`} className="error small" role="alert">{error}</span>
                      ) : (
                        <span className={entry.enabled ? "small" : "small faint"}>{entry.enabled ? describeDay(entry) : "Closed (voicemail)"}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          </div>
          <div>
            <button type="button" className="btn" onClick={() => onChange(copyMondayToWeekdays(value))}>
              Copy Monday to weekdays
            </button>
            <span className="small muted" style={{ marginLeft: 10 }}>Tuesday to Friday get Monday&apos;s hours; the weekend stays as it is.</span>
          </div>
        </>
      ) : null}

      <TimeZonePicker id="hours-timezone" label="Time zone" value={value.timezone} onChange={(timezone) => onChange({ ...value, timezone })} error={errors.timezone} />
      <WouldItAnswer hours={value} />
    </div>
  );
}
