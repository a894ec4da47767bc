// Shown while OnCallClerk answers for the agent being edited.
export default function EditAgentLoading() {
  return (
    <div className="card" aria-busy="true" aria-label="Loading the agent">
      <div className="card-body stack">
        <div className="skeleton" style={{ width: 180, height: 18 }} />
        <div className="skeleton" style={{ width: "70%" }} />
        <div className="skeleton" style={{ width: "55%" }} />
        <span className="small muted">Asking OnCallClerk for this agent&apos;s current settings…</span>
      </div>
    </div>
  );
}
