"use client";
// The agent's history on its page: every saved configuration (who, when, what changed), any two
// picked to compare field by field, and "Restore this version" for people who may change the
// agent. Newest first; the latest two are compared until the person picks others.
import { useState } from "react";
import { useAgentVersions } from "@/lib/swr/use-agent-versions";
import { authorLabel, changedLabel, momentLabel, sourceLabel } from "./history-words";
import { RestoreConfirm } from "./restore-confirm";
import { VersionDiff } from "./version-diff";

const PAGE = 10;

/** The two versions compared, older first; null until two are picked. */
function pairOf(chosen: readonly number[]): { from: number; to: number } | null {
  if (chosen.length !== 2) return null;
  const [a, b] = chosen as [number, number];
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export function AgentHistory({ clientId, agentId, canRestore, voiceNames }: { clientId: string; agentId: string; canRestore: boolean; voiceNames: Record<string, string> }) {
  const [limit, setLimit] = useState(PAGE);
  const { data, error, isLoading, mutate } = useAgentVersions(clientId, agentId, limit);
  // null until the person picks: then the latest two are compared.
  const [picked, setPicked] = useState<number[] | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const voiceName = (id: string) => voiceNames[id] ?? id;

  const versions = data?.versions ?? [];
  const chosen = picked ?? versions.slice(0, 2).map((version) => version.version);
  const pair = pairOf(chosen);
  const newest = versions[0]?.version;

  // A third pick replaces the earlier of the two: the last two picked are compared.
  function toggle(version: number) {
    setPicked(chosen.includes(version) ? chosen.filter((v) => v !== version) : [...chosen, version].slice(-2));
  }

  return (
    <section id="history" className="card" aria-labelledby="history-title">
      <div className="card-body stack">
        <div>
          <h3 id="history-title">History</h3>
          <p className="small muted" style={{ margin: 0 }}>Every configuration saved through the portal. Pick two versions to compare them.</p>
        </div>
        {error ? (
          <div className="alert danger" role="alert">
            <div>
              {error instanceof Error ? error.message : "Could not load the history."}{" "}
              <button type="button" className="btn small-btn" onClick={() => void mutate()}>Try again</button>
            </div>
          </div>
        ) : null}
        {isLoading && !data ? (
          <div className="stack" aria-label="Loading the history">
            {[60, 75, 50].map((width) => <div key={width} className="skeleton" style={{ width: `${width}%`, height: 16 }} />)}
          </div>
        ) : null}
        {data && versions.length === 0 ? (
          <div className="empty history-empty">
            <strong>No saved versions yet</strong>
            <p>Changes made here are kept from now on.</p>
          </div>
        ) : null}
        {versions.length > 0 ? (
          <ol className="history-list" aria-label="Versions, newest first">
            {versions.map((version, index) => {
              const isPicked = chosen.includes(version.version);
              return (
                <li key={version.version} className={`history-item${isPicked ? " picked" : ""}`}>
                  <label className="history-pick">
                    <input type="checkbox" checked={isPicked} onChange={() => toggle(version.version)} />
                    <span className="visually-hidden">Compare version {version.version}</span>
                  </label>
                  <div className="history-what">
                    <div className="row" style={{ gap: 8, flexWrap: "wrap" }}>
                      <strong>Version {version.version}</strong>
                      <span className={`badge plain${version.source === "restored" ? " warn" : version.source === "baseline" ? "" : " ok"}`}>{sourceLabel(version)}</span>
                      {version.version === newest ? <span className="badge plain">Latest</span> : null}
                    </div>
                    <span className="small">{changedLabel(version, index === versions.length - 1 && data?.nextBefore === null)}</span>
                    <span className="small muted">
                      {authorLabel(version)} · <time dateTime={version.createdAt}>{momentLabel(version.createdAt)}</time>
                    </span>
                  </div>
                  {canRestore && version.version !== newest ? (
                    <button type="button" className="btn small-btn" onClick={() => setConfirming(version.version)} aria-expanded={confirming === version.version}>
                      Restore this version
                    </button>
                  ) : null}
                  {confirming === version.version ? (
                    <div className="history-confirm-slot">
                      <RestoreConfirm clientId={clientId} agentId={agentId} version={version.version} onDone={() => { setConfirming(null); setPicked(null); }} />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        ) : null}
        {data?.nextBefore !== null && data?.nextBefore !== undefined ? (
          <div>
            <button type="button" className="btn small-btn" onClick={() => setLimit((current) => current + PAGE)}>Show older versions</button>
          </div>
        ) : null}
        {versions.length > 1 && !pair ? <p className="small muted" role="status">Pick {chosen.length === 0 ? "two versions" : "one more version"} to compare.</p> : null}
        {pair ? <VersionDiff clientId={clientId} agentId={agentId} from={pair.from} to={pair.to} voiceName={voiceName} /> : null}
      </div>
    </section>
  );
}
