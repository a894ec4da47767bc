// Step 3: every chosen agent's touched fields before → after. Agents already as wanted are dimmed
// ("unchanged", nothing will be sent), agents that cannot be changed say why in red.
import type { BulkPreviewItem } from "@/lib/bulk/preview";
import { FieldValuesView } from "./change-values";

export function AgentCell({ item }: { item: { clientName: string | null; agentName: string | null; businessName: string | null; agentId: string } }) {
  return (
    <>
      <span className="primary">{item.agentName ?? item.agentId}</span>
      {item.businessName && item.businessName !== item.agentName ? <div className="small muted">{item.businessName}</div> : null}
    </>
  );
}

export function PreviewTable({ items }: { items: BulkPreviewItem[] }) {
  return (
    <div className="table-wrap">
      <table className="table bulk-table">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Agent</th>
            <th scope="col">Before</th>
            <th scope="col" aria-label="becomes" />
            <th scope="col">After</th>
            <th scope="col">Preview</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.clientId}:${item.agentId}`} className={item.status === "unchanged" ? "is-unchanged" : item.status === "failed" ? "is-failed" : ""}>
              <td className="nowrap">{item.clientName ?? <span className="faint">Unknown client</span>}</td>
              <td><AgentCell item={item} /></td>
              {item.status === "failed" ? (
                <td colSpan={3} className="bulk-error">{item.error.message}</td>
              ) : (
                <>
                  <td><FieldValuesView side="before" before={item.before} after={item.after} voiceNames={item.voiceNames} /></td>
                  <td className="bulk-arrow" aria-hidden>→</td>
                  <td>
                    <FieldValuesView side="after" before={item.before} after={item.after} voiceNames={item.voiceNames} />
                    {item.skippedQuestions?.length ? (
                      <div className="small muted">Already there, skipped: {item.skippedQuestions.join("; ")}</div>
                    ) : null}
                  </td>
                </>
              )}
              <td className="nowrap">
                {item.status === "ready" ? <span className="badge ok">Will change</span> : item.status === "unchanged" ? <span className="badge">Unchanged</span> : <span className="badge danger">Cannot change</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
