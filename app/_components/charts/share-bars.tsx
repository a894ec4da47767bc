// Horizontal bars for shares of a whole (outcomes, call types, minutes per agent).
export function ShareBars({ rows, unit = "calls", format = (value: number) => value.toLocaleString("en-GB") }: {
  rows: { label: string; value: number; tone?: string }[];
  unit?: string;
  format?: (value: number) => string;
}) {
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const max = Math.max(1, ...rows.map((row) => row.value));
  if (rows.length === 0) return <p className="muted small">No calls in this period.</p>;
  return (
    <ul className="share-bars">
      {rows.map((row) => (
        <li key={row.label}>
          <span className="share-label">{row.label}</span>
          <span className="share-track" aria-hidden><span className={`share-fill ${row.tone ?? ""}`} style={{ width: `${(row.value / max) * 100}%` }} /></span>
          <span className="share-value">{format(row.value)} <span className="faint">{total > 0 ? `${Math.round((row.value / total) * 100)}%` : ""}</span></span>
          <span className="visually-hidden"> {unit}</span>
        </li>
      ))}
    </ul>
  );
}
