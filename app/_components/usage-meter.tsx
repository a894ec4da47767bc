// "142 of 600" with a bar that turns amber at 80 % and red at 100 %.
export function UsageMeter({ used, limit, unit }: { used: number; limit: number | null | undefined; unit: string }) {
  const shownUsed = Number.isInteger(used) ? used : used.toFixed(1);
  if (limit === null || limit === undefined) {
    return <span><strong>{shownUsed}</strong> <span className="muted">{unit} · no limit</span></span>;
  }
  const ratio = limit > 0 ? used / limit : 0;
  const tone = ratio >= 1 ? "danger" : ratio >= 0.8 ? "warn" : "";
  const shown = shownUsed;
  return (
    <div className="meter" title={`${shown} of ${limit} ${unit} used`}>
      <span>
        <strong>{shown}</strong> <span className="muted">/ {limit} {unit}</span>
      </span>
      <div className="meter-track" role="meter" aria-valuemin={0} aria-valuemax={limit} aria-valuenow={used} aria-label={`${unit} used`}>
        <div className={`meter-fill ${tone}`} style={{ width: `${Math.min(100, Math.round(ratio * 100))}%` }} />
      </div>
    </div>
  );
}
