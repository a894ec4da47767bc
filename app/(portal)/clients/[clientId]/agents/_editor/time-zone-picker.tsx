"use client";
// IANA time zone picker: a search box (city, region, former name or abbreviation, via
// searchTimeZones) above a list box of matches. The list is built after hydration only: the
// browser's and the server's ICU may not know the same zones, and offsets move with DST.
import { useMemo, useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { searchTimeZones, timeZoneLabel } from "@/lib/agents/time-zones";

function safeLabel(timeZone: string): string {
  try {
    return timeZoneLabel(timeZone);
  } catch {
    return timeZone;
  }
}

export function TimeZonePicker({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (timeZone: string) => void;
  error?: string | undefined;
}) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState("");
  const matches = useMemo(() => (hydrated ? searchTimeZones(query, { limit: 60 }) : []), [hydrated, query]);
  const options = matches.some((option) => option.id === value) || value === "" ? matches : [{ id: value, label: safeLabel(value) }, ...matches];
  const describedBy = error ? `${id}-error` : `${id}-hint`;
  return (
    <div className="field tz-picker">
      <label htmlFor={`${id}-search`}>{label}</label>
      <input
        id={`${id}-search`}
        className="input"
        type="search"
        placeholder="Search by city, e.g. London, New York, Sydney"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the best match instead of submitting the whole agent form.
          if (event.key === "Enter") {
            event.preventDefault();
            const best = matches[0];
            if (best) onChange(best.id);
          }
        }}
        aria-controls={`${id}-list`}
        autoComplete="off"
      />
      <select
        id={`${id}-list`}
        className="input tz-list"
        size={5}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-label={`${label}: matching zones`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {hydrated ? options.map((option) => <option key={option.id} value={option.id}>{option.label}</option>) : <option value={value}>{value}</option>}
      </select>
      {hydrated && matches.length === 0 ? <span className="hint">No time zone matches “{query}”. Try the nearest big city.</span> : null}
      {error ? (
        <span id={`${id}-error`} className="error" role="alert">{error}</span>
      ) : (
        <span id={`${id}-hint`} className="hint">Selected: <strong>{hydrated ? safeLabel(value) : value}</strong></span>
      )}
    </div>
  );
}
