// One client's live numbers from OnCallClerk (`GET /usage`), streamed into its row so a slow or
// failing client never holds up the others. Cells keep fixed minimum widths (see .usage-* in
// globals.css) so columns do not jump when the skeletons are replaced.
import { KeyStatusBadge } from "@/app/_components/key-status-badge";
import { UsageMeter } from "@/app/_components/usage-meter";
import type { ClientAccountView } from "@/lib/clients/schemas";
import { usageForClient } from "@/lib/clients/usage";

/** One short line per failure; the full message goes in the cell's title. */
const SHORT_MESSAGES: Record<string, string> = {
  client_key_rejected: "Key rejected — replace it in Settings",
  client_key_unreadable: "Stored key cannot be read — replace it",
  upstream_rate_limited: "Rate-limited — numbers shown again shortly",
  upstream_timeout: "OnCallClerk timed out",
};

export async function ClientUsageCells({ agencyId, client }: { agencyId: string; client: ClientAccountView }) {
  const result = await usageForClient(agencyId, client);
  if (!result.ok) {
    const { code, message } = result.error;
    const keyProblem = code === "client_key_rejected" || code === "client_key_unreadable";
    return (
      <>
        <td className="usage-status"><KeyStatusBadge status={keyProblem ? "key_rejected" : "unreachable"} /></td>
        <td colSpan={3}>
          <span className={`cell-message ${keyProblem ? "danger" : "warn"}`} title={message}>
            {SHORT_MESSAGES[code] ?? "OnCallClerk is not answering — usage unavailable"}
          </span>
        </td>
      </>
    );
  }
  const { usage } = result;
  return (
    <>
      <td className="usage-status"><KeyStatusBadge status="active" /></td>
      <td className="usage-plan"><span className="badge plain">{capitalize(usage.plan ?? "unknown")}</span></td>
      <td className="usage-meter">{usage.minutes ? <UsageMeter used={usage.minutes.used} limit={usage.minutes.limit} unit="min" /> : "—"}</td>
      <td className="usage-meter">
        {usage.agents ? <UsageMeter used={usage.agents.used} limit={usage.agents.limit} unit="agent" plural="agents" kind="allowance" /> : "—"}
      </td>
    </>
  );
}

export function ClientUsageCellsLoading() {
  return (
    <>
      <td className="usage-status"><div className="skeleton" style={{ width: 96 }} aria-hidden /></td>
      <td className="usage-plan"><div className="skeleton" style={{ width: 80 }} aria-hidden /></td>
      <td className="usage-meter"><div className="skeleton" style={{ width: 140 }} aria-hidden /></td>
      <td className="usage-meter"><div className="skeleton" style={{ width: 140 }} aria-hidden /></td>
    </>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
