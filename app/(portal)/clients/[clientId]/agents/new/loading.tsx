// Shown while OnCallClerk answers for the client's allowance, voices and time zone.
export default function NewAgentLoading() {
  return (
    <div className="card" aria-busy="true" aria-label="Loading the agent form">
      <div className="card-body stack">
        <div className="skeleton" style={{ width: 180, height: 18 }} />
        <div className="skeleton" style={{ width: "70%" }} />
        <div className="skeleton" style={{ width: "55%" }} />
        <span className="small muted">Asking OnCallClerk for this client&apos;s agent allowance and voices…</span>
      </div>
    </div>
  );
}
