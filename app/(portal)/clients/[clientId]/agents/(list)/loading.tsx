// Shown while OnCallClerk answers for the client's agents.
export default function AgentsLoading() {
  return (
    <div className="card" aria-busy="true" aria-label="Loading agents">
      <div className="card-body stack">
        {[0, 1, 2].map((row) => (
          <div key={row} className="row" style={{ gap: 24 }}>
            <div className="skeleton" style={{ width: 160 }} />
            <div className="skeleton" style={{ width: 70 }} />
            <div className="skeleton" style={{ width: 120 }} />
            <div className="skeleton" style={{ width: 90 }} />
            <div className="skeleton" style={{ width: 200 }} />
          </div>
        ))}
        <span className="small muted">Asking OnCallClerk for this client&apos;s agents…</span>
      </div>
    </div>
  );
}
