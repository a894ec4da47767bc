// One client's live numbers from OnCallClerk (`GET /usage`), streamed into its row so a slow or
// failing client never holds up the others.
import { KeyStatusBadge } from "@/app/_components/key-status-badge";
import { UsageMeter } from "@/app/_components/usage-meter";
import type { ClientAccountView } from "@/lib/clients/schemas";
import { usageForClient } from "@/lib/clients/usage";

export async function ClientUsageCells({ agencyId, client }: { agencyId: string; client: ClientAccountView }) {
  const result = await usageForClient(agencyId, client);
  if (!result.ok) {
    const status = result.error.code === "client_key_rejected" ? "key_rejected" : "unreachable";
    return (
      <>
        <td><KeyStatusBadge status={status} /></td>
        <td colSpan={3} className="small" style={{ color: status === "key_rejected" ? "var(--danger)" : "var(--warn)" }}>
          {result.error.message}
        </td>
      </>
    );
  }
  const { usage } = result;
  return (
    <>
      <td><KeyStatusBadge status="active" /></td>
      <td><span className="badge plain">{capitalize(usage.plan ?? "unknown")}</span></td>
      <td>{usage.minutes ? <UsageMeter used={usage.minutes.used} limit={usage.minutes.limit} unit="min" /> : "—"}</td>
      <td>{usage.agents ? <UsageMeter used={usage.agents.used} limit={usage.agents.limit} unit="agents" /> : "—"}</td>
    </>
  );
}

export function ClientUsageCellsLoading() {
  return (
    <>
      {[60, 70, 140, 140].map((width, index) => (
        <td key={index}><div className="skeleton" style={{ width }} aria-hidden /></td>
      ))}
    </>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
