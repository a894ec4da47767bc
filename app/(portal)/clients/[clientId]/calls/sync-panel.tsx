"use client";
// The transcript sync of one client: how fresh the cache is, a live progress bar while a run goes,
// "Sync now" and "Full resync", and each agent's state. The results below refresh when a run ends.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useToast } from "@/app/_components/toaster";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";
import { useSyncStatus } from "@/lib/swr/use-sync-status";
import type { SyncStatus } from "@/lib/transcripts/sync/status";

function ago(iso: string | null, now: number): string {
  if (!iso) return "never";
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  return `${Math.round(seconds / 86_400)} days ago`;
}

function Progress({ status }: { status: SyncStatus }) {
  const { agentsDone, agentsTotal, pages, added, updated, removed } = status.progress;
  const share = agentsTotal > 0 ? Math.min(1, agentsDone / agentsTotal) : null;
  return (
    <div className="sync-progress">
      <div className="meter-track" role="progressbar" aria-label="Sync progress" aria-valuemin={0} aria-valuemax={agentsTotal || undefined} aria-valuenow={agentsTotal ? agentsDone : undefined}>
        <div className={`meter-fill ${share === null ? "indeterminate" : ""}`} style={{ width: share === null ? "30%" : `${Math.max(4, share * 100)}%` }} />
      </div>
      <div className="small muted">
        {status.mode === "full" ? "Full resync" : "Syncing"} · {agentsTotal ? `agent ${Math.min(agentsDone + 1, agentsTotal)} of ${agentsTotal}` : "finding the agents"} · {pages} {pages === 1 ? "page" : "pages"} read · {added} new{updated ? `, ${updated} updated` : ""}{removed ? `, ${removed} removed` : ""}
      </div>
    </div>
  );
}

export function SyncPanel({ clientId, initial, canSync, keyRejected }: {
  clientId: string;
  initial: SyncStatus;
  canSync: boolean;
  keyRejected: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const { data, mutate } = useSyncStatus(clientId, initial);
  const status = data ?? initial;
  const [starting, setStarting] = useState(false);
  // The server's clock to start with, so "5 min ago" reads the same before and after hydration.
  const [now, setNow] = useState(() => Date.parse(initial.checkedAt));
  const previous = useRef(status.state);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  // When a run ends, say how it went and show its calls in the results.
  useEffect(() => {
    if (previous.current === "running" && status.state !== "running") {
      const what = status.mode === "full" ? "Full resync" : "Sync";
      if (status.state === "failed") toast.show(`${what} stopped: ${status.lastError ?? "unknown error"}`, "error");
      else toast.show(`${what} finished: ${status.progress.added} new ${status.progress.added === 1 ? "call" : "calls"}${status.progress.removed ? `, ${status.progress.removed} removed` : ""}.`);
      router.refresh();
    }
    previous.current = status.state;
  }, [status, router, toast]);

  async function start(full: boolean) {
    setStarting(true);
    try {
      const next = await apiFetch<SyncStatus>(`/api/clients/${clientId}/sync${full ? "?full=1" : ""}`, { method: "POST" });
      // Show the run now, then ask again at once: the polling interval follows the latest answer,
      // and a short run may be over before the next tick.
      await mutate(next, { revalidate: false });
      void mutate();
      toast.show(full ? "Full resync started." : "Sync started.");
    } catch (error) {
      toast.show(error instanceof ApiRequestError ? error.message : "Could not start the sync.", "error");
      await mutate();
    } finally {
      setStarting(false);
    }
  }

  const running = status.state === "running";
  return (
    <section className="card card-body sync-panel" aria-label="Sync with OnCallClerk">
      <div className="row sync-head">
        <div className="stack sync-summary">
          <h2>Calls from OnCallClerk</h2>
          <p className="small muted">
            {status.cachedCalls.toLocaleString("en-GB")} calls cached · last synced {ago(status.lastSuccessAt, now)}
            {status.state === "never" ? " · the first sync starts in the background shortly" : null}
          </p>
        </div>
        {canSync ? (
          <div className="row">
            <button type="button" className="btn" onClick={() => start(true)} disabled={running || starting || keyRejected}
              title="Reads every call again and removes the ones deleted in OnCallClerk">Full resync</button>
            <button type="button" className="btn primary" onClick={() => start(false)} disabled={running || starting || keyRejected}>
              {running || starting ? <span className="spinner" aria-hidden /> : null} {running ? "Syncing…" : "Sync now"}
            </button>
          </div>
        ) : null}
      </div>
      {running ? <Progress status={status} /> : null}
      {keyRejected ? <div className="alert warn small" role="alert">OnCallClerk rejects this client&apos;s key, so calls cannot sync. Replace the key in the client&apos;s settings.</div> : null}
      {status.state === "interrupted" ? (
        <div className="alert info small">The last sync was interrupted (the portal restarted). The next sync continues where it stopped.</div>
      ) : null}
      {status.state === "failed" && status.lastError ? (
        <div className="alert danger small" role="alert"><div><strong>The last sync did not finish</strong>{status.lastError} The next sync continues from where it stopped.</div></div>
      ) : null}
      {status.state === "idle" && !running && status.finishedAt ? (
        <p className="small muted">Last run: {status.mode === "full" ? "full resync" : "sync"} {ago(status.finishedAt, now)}, {status.progress.pages} {status.progress.pages === 1 ? "page" : "pages"} read, {status.progress.added} new{status.progress.removed ? `, ${status.progress.removed} removed` : ""}.</p>
      ) : null}
      {status.agents.length > 0 ? (
        <details className="sync-agents">
          <summary className="small">Agents ({status.agents.length})</summary>
          <table className="table">
            <thead><tr><th scope="col">Agent</th><th scope="col">Calls cached</th><th scope="col">Last synced</th><th scope="col">Problem</th></tr></thead>
            <tbody>
              {status.agents.map((agent) => (
                <tr key={agent.agentId}>
                  <td>{agent.agentName ?? <span className="mono">{agent.agentId}</span>}</td>
                  <td>{agent.callCount.toLocaleString("en-GB")}</td>
                  <td>{ago(agent.lastSuccessAt, now)}</td>
                  <td className="small">{agent.lastError ?? <span className="faint">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
