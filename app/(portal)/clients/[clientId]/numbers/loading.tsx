// Shown while OnCallClerk answers for the client's agents.
export default function NumbersLoading() {
  return (
    <div className="card" aria-busy="true" aria-label="Loading phone numbers">
      <div className="card-body stack">
        {[0, 1].map((row) => (
          <div key={row} className="row" style={{ gap: 24 }}>
            <div className="skeleton" style={{ width: 180 }} />
            <div className="skeleton" style={{ width: 140 }} />
            <div className="skeleton" style={{ width: 120 }} />
          </div>
        ))}
        <span className="small muted">Asking OnCallClerk for this client&apos;s agents and numbers…</span>
      </div>
    </div>
  );
}
