// Step 4: the outcome of every chosen agent — applied, unchanged, or failed with OnCallClerk's
// reason — with a progress bar while the chunks come back. Failures are listed, never folded away.
import type { BulkApplyItem } from "@/lib/bulk/apply";
import { FieldValuesView } from "./change-values";
import { AgentCell } from "./preview-table";

export interface ResultRow {
  key: string;
  /** null while this agent's chunk is on its way. */
  item: BulkApplyItem | null;
  clientName: string | null;
  agentName: string | null;
  agentId: string;
  voiceNames?: Record<string, string> | undefined;
}

const BADGES = {
  applied: <span className="badge ok">Applied</span>,
  unchanged: <span className="badge">Unchanged</span>,
  failed: <span className="badge danger">Failed</span>,
};

export function ApplyProgress({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div className="bulk-progress">
      <div className="row small">
        <span className="spinner" aria-hidden />
        <span id="bulk-progress-label">Applying… {done} of {total}</span>
      </div>
      <div className="meter-track" role="progressbar" aria-labelledby="bulk-progress-label" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <div className="meter-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

export function ResultsTable({ rows }: { rows: ResultRow[] }) {
  return (
    <div className="table-wrap">
      <table className="table bulk-table">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Agent</th>
            <th scope="col">Result</th>
            <th scope="col">Now / reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const item = row.item;
            return (
              <tr key={row.key} className={item?.status === "unchanged" ? "is-unchanged" : item?.status === "failed" ? "is-failed" : ""}>
                <td className="nowrap">{row.clientName ?? <span className="faint">Unknown client</span>}</td>
                <td><AgentCell item={{ clientName: row.clientName, agentName: item?.agentName ?? row.agentName, businessName: item?.businessName ?? null, agentId: row.agentId }} /></td>
                <td className="nowrap">{item ? BADGES[item.status] : <span className="badge plain muted">Waiting…</span>}</td>
                <td>
                  {item?.status === "failed" ? (
                    <span className="bulk-error">{item.error?.message ?? "Failed."}</span>
                  ) : item?.after ? (
                    <FieldValuesView side="after" before={item.after} after={item.after} voiceNames={row.voiceNames} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
