// Outcome and rating at a glance, the same wherever a call is listed.
const OUTCOME_TONES: Record<string, string> = {
  Resolved: "ok", "Lead Captured": "ok", "Information Provided": "ok",
  Escalated: "warn", "Follow-up Required": "warn",
  Unresolved: "danger", Cancelled: "danger",
};

export function OutcomeBadge({ outcome }: { outcome: string | null }) {
  if (!outcome) return null;
  return <span className={`badge ${OUTCOME_TONES[outcome] ?? ""}`}>{outcome}</span>;
}

export function Stars({ rating }: { rating: number | null }) {
  if (rating === null) return null;
  const full = Math.round(Math.max(0, Math.min(5, rating)));
  return (
    <span className="stars" aria-label={`Rated ${rating} of 5`} title={`Rated ${rating} of 5`}>
      <span aria-hidden>{"★".repeat(full)}<span className="stars-off">{"★".repeat(5 - full)}</span></span>
    </span>
  );
}
