// The client's agents, rendered on the server from data our server fetched from OnCallClerk with the
// client's decrypted key. Only agent data reaches the browser; the key never does.
import type { Metadata } from "next";
import Link from "next/link";
import { HeadsetIcon } from "@/app/_components/icons";
import { asClientPageError, UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { listAgentsWithDetails } from "@/lib/agents/list-agents";
import { ESCALATION_LABELS, summarizeBusinessHours } from "@/lib/agents/hours-summary";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { recordUpstreamFailure, recordUpstreamSuccess } from "@/lib/clients/key-health";
import type { ClientAccountView } from "@/lib/clients/schemas";
import { upstreamForClient } from "@/lib/clients/upstream";
import type { Agent, Voice } from "@/lib/oncallclerk";

export const metadata: Metadata = { title: "Agents" };

async function loadAgents(agencyId: string, client: Pick<ClientAccountView, "id" | "status" | "keyVersion">) {
  try {
    const oncallclerk = await upstreamForClient(agencyId, client.id);
    // Voices only add names to the table; if that call fails we still show the agents.
    const [agents, voices] = await Promise.all([listAgentsWithDetails(oncallclerk), oncallclerk.voices.list().catch(() => [] as Voice[])]);
    await recordUpstreamSuccess(agencyId, client);
    return { ok: true as const, agents, voices };
  } catch (error) {
    const shown = asClientPageError(error);
    await recordUpstreamFailure(agencyId, client, error);
    return { ok: false as const, error: shown };
  }
}

const STATUS_TONES: Record<string, string> = { active: "ok", inactive: "", suspended: "danger" };

export default async function AgentsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { agency, client, role } = await requirePageClient(clientId, "agent:read");
  const result = await loadAgents(agency.id, client);
  if (!result.ok) return <UpstreamErrorState error={result.error} clientId={client.id} canFixKey={can(role, "client:update")} />;

  const voiceNames = new Map(result.voices.map((voice) => [voice.id, voice.name]));
  if (result.agents.length === 0) {
    return (
      <div className="card">
        <div className="empty">
          <div className="icon"><HeadsetIcon /></div>
          <h2>No agents on this account</h2>
          <p>Every OnCallClerk account starts with one agent; this one has none left. New agents can be created in OnCallClerk.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="card table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Status</th>
            <th scope="col">Phone number</th>
            <th scope="col">Voice</th>
            <th scope="col">Escalation</th>
            <th scope="col">Business hours</th>
          </tr>
        </thead>
        <tbody>
          {result.agents.map((agent: Agent) => (
            <tr key={agent.id}>
              <td>
                <Link className="primary" href={`/clients/${client.id}/agents/${encodeURIComponent(agent.id)}`}>
                  {agent.agent_name || "Unnamed agent"}
                </Link>
                <div className="small muted">{agent.business_name}</div>
              </td>
              <td><span className={`badge ${STATUS_TONES[agent.status ?? ""] ?? ""}`}>{agent.status ?? "unknown"}</span></td>
              <td className="mono">{agent.phone_number ?? <span className="faint">No number yet</span>}</td>
              <td>{voiceNames.get(agent.voice_id ?? "") ?? agent.voice_settings?.name ?? <span className="faint">{agent.voice_id ?? "—"}</span>}</td>
              <td>{ESCALATION_LABELS[agent.escalation_policy ?? "never"] ?? agent.escalation_policy}</td>
              <td className="small">{summarizeBusinessHours(agent.business_hours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
