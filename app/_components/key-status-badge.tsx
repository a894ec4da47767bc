// What we last learned about a client's OnCallClerk key.
const LABELS = {
  active: { text: "Connected", tone: "ok" },
  key_rejected: { text: "Key rejected", tone: "danger" },
  unreachable: { text: "Unreachable", tone: "warn" },
} as const;

export function KeyStatusBadge({ status }: { status: keyof typeof LABELS | string }) {
  const label = LABELS[status as keyof typeof LABELS] ?? { text: status, tone: "" };
  return <span className={`badge ${label.tone}`}>{label.text}</span>;
}
