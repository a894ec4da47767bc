// Shown while the audit log is read.
export default function AuditLoading() {
  return (
    <div className="stack" aria-busy="true" aria-label="Loading the audit log">
      <div className="skeleton" style={{ width: 180, height: 24 }} />
      <div className="card card-body stack">
        <div className="row" style={{ gap: 16 }}>
          {[160, 160, 200, 140, 140].map((width, index) => <div key={index} className="skeleton" style={{ width, height: 32 }} />)}
        </div>
      </div>
      <div className="card card-body stack">
        {[0, 1, 2, 3, 4].map((row) => (
          <div key={row} className="row" style={{ gap: 16 }}>
            <div className="skeleton" style={{ width: 44 }} />
            <div className="skeleton" style={{ width: `${60 - row * 6}%` }} />
          </div>
        ))}
        <span className="small muted">Reading the audit log…</span>
      </div>
    </div>
  );
}
