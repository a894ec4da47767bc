// "142 / 600 min" with a bar that turns amber at 80 %. A used-up quota (minutes) turns red; a full
// allowance (agents) is a normal state that only stops new ones, so it stays amber and says "at limit".
const format = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 1 });

export function UsageMeter({
  used,
  limit,
  unit,
  plural = unit,
  kind = "quota",
}: {
  used: number;
  limit: number | null | undefined;
  /** Unit after the limit, singular ("agent"); `plural` when it differs ("agents"). */
  unit: string;
  plural?: string;
  kind?: "quota" | "allowance";
}) {
  const shownUsed = format(used);
  if (limit === null || limit === undefined) {
    return <span><strong>{shownUsed}</strong> <span className="muted">{plural} · no limit</span></span>;
  }
  const unitText = limit === 1 ? unit : plural;
  const ratio = limit > 0 ? used / limit : 0;
  const full = ratio >= 1;
  const tone = full ? (kind === "allowance" ? "warn" : "danger") : ratio >= 0.8 ? "warn" : "";
  return (
    <div className="meter" title={`${shownUsed} of ${format(limit)} ${unitText} used`}>
      <span>
        <strong>{shownUsed}</strong> <span className="muted">/ {format(limit)} {unitText}</span>
        {full && kind === "allowance" ? <span className="meter-note warn"> · at limit</span> : null}
      </span>
      <div className="meter-track" role="meter" aria-valuemin={0} aria-valuemax={limit} aria-valuenow={used} aria-label={`${plural} used`}>
        <div className={`meter-fill ${tone}`} style={{ width: `${Math.min(100, Math.round(ratio * 100))}%` }} />
      </div>
    </div>
  );
}
