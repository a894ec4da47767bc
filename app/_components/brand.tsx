export function Brand({ subtitle }: { subtitle?: string }) {
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden>☎</span>
      <span>
        OnCallClerk <span style={{ fontWeight: 450, opacity: 0.75 }}>Agency</span>
        {subtitle ? <span className="faint small" style={{ display: "block", fontWeight: 400 }}>{subtitle}</span> : null}
      </span>
    </div>
  );
}
