"use client";
// "Would it answer?": for a date and time on any zone's wall clock, whether the agent picks up or
// sends the call to voicemail, judged by isOpenAt on the agent's own wall clock. A time the clocks
// skip (spring forward) or repeat (fall back) is said so; a repeated time shows both occurrences.
import { useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { isOpenAt, resolveLocalTime, type BusinessHours, type OpenAtResult } from "@/lib/agents/business-hours";
import { zonedParts } from "@/lib/agents/business-hours-zone";
import { TimeZonePicker } from "./time-zone-picker";

function formatIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(instant);
}

type Preview =
  | { kind: "error"; message: string }
  | { kind: "ok"; note: string | null; results: { label: string | null; result: OpenAtResult }[] };

function preview(hours: BusinessHours, date: string, time: string, zone: string): Preview {
  let resolution;
  try {
    resolution = resolveLocalTime(date, time, zone);
  } catch {
    return { kind: "error", message: "Choose a valid date, time and time zone." };
  }
  try {
    if (resolution.kind === "repeated") {
      return {
        kind: "ok",
        note: `${time} happens twice on ${date} in ${zone}: the clocks go back that night. Both moments are checked.`,
        results: [
          { label: `First ${time} (${formatIn(resolution.instant, zone)})`, result: isOpenAt(hours, resolution.instant) },
          { label: `Second ${time} (${formatIn(resolution.later, zone)})`, result: isOpenAt(hours, resolution.later) },
        ],
      };
    }
    const note =
      resolution.kind === "skipped"
        ? `${time} does not exist on ${date} in ${zone}: the clocks jump forward at ${formatIn(resolution.transition, zone)}. Checked at ${formatIn(resolution.instant, zone)} instead.`
        : null;
    return { kind: "ok", note, results: [{ label: null, result: isOpenAt(hours, resolution.instant) }] };
  } catch {
    return { kind: "error", message: "The agent's time zone is not valid; choose one above." };
  }
}

export function WouldItAnswer({ hours }: { hours: BusinessHours }) {
  const hydrated = useHydrated();
  const [date, setDate] = useState("");
  const [time, setTime] = useState("12:00");
  const [zone, setZone] = useState<string | null>(null);
  const shownZone = zone ?? hours.timezone;
  let today = "";
  if (hydrated) {
    try {
      today = zonedParts(new Date(), shownZone).date;
    } catch {
      today = new Date().toISOString().slice(0, 10);
    }
  }
  const shownDate = date || today;
  const result = hydrated && shownDate && time ? preview(hours, shownDate, time, shownZone) : null;

  return (
    <section className="answer-preview" aria-labelledby="would-it-answer-title">
      <h4 id="would-it-answer-title">Would it answer?</h4>
      <p className="small muted">Pick a moment — in the agent&apos;s time zone or the caller&apos;s — to see whether the agent picks up or the call goes to voicemail.</p>
      <div className="answer-preview-inputs">
        <div className="field">
          <label htmlFor="preview-date">Date</label>
          <input id="preview-date" className="input" type="date" value={shownDate} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="preview-time">Time</label>
          <input id="preview-time" className="input" type="time" value={time} onChange={(event) => setTime(event.target.value)} />
        </div>
        <TimeZonePicker id="preview-zone" label="Caller's time zone" value={shownZone} onChange={setZone} />
      </div>
      {zone !== null && zone !== hours.timezone ? (
        <button type="button" className="btn small-btn" onClick={() => setZone(null)}>Use the agent&apos;s time zone ({hours.timezone})</button>
      ) : null}
      <div aria-live="polite" className="answer-preview-results">
        {result === null ? null : result.kind === "error" ? (
          <p className="error small">{result.message}</p>
        ) : (
          <>
            {result.note ? <div className="alert warn small" role="note">{result.note}</div> : null}
            {result.results.map(({ label, result: answer }, index) => (
              <div key={index} className={`answer-result ${answer.open ? "open" : "closed"}`}>
                <span className={`badge ${answer.open ? "ok" : "warn"}`}>{answer.open ? "Answers" : "Voicemail"}</span>
                <div>
                  {label ? <div className="small muted">{label}</div> : null}
                  <div>{answer.reason}.</div>
                  <div className="small muted">
                    For the agent that is {answer.localDay.charAt(0).toUpperCase() + answer.localDay.slice(1)} {answer.localDate} {answer.localTime} ({hours.timezone}, {answer.utcOffset}).
                  </div>
                </div>
              </div>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
