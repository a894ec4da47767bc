// The client's agents, rendered on the server from data our server fetched from OnCallClerk with the
// client's decrypted key. Only agent data reaches the browser; the key never does.
import type { Metadata } from "next";
import Link from "next/link";
import { HeadsetIcon } from "@/app/_components/icons";
import { UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { listAgentsWithDetails } from "@/lib/agents/list-agents";
import { ESCALATION_LABELS, summarizeBusinessHours } from "@/lib/agents/hours-summary";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import type { Agent, Voice } from "@/lib/oncallclerk";
import type { OnCallClerkClient } from "@/lib/oncallclerk";
import { loadFromUpstream } from "../../load-from-upstream";

export const metadata: Metadata = { title: "Agents" };

async function loadAgents(oncallclerk: OnCallClerkClient) {
  // Voices only add names to the table; if that call fails we still show the agents.
  const [agents, voices] = await Promise.all([listAgentsWithDetails(oncallclerk), oncallclerk.voices.list().catch(() => [] as Voice[])]);
  return { agents, voices };
}

const updatedFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function formatUpdated(value: string | undefined) {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? <time dateTime={value}>{updatedFormat.format(date)}</time> : <span className="faint">—</span>;
}

const STATUS_TONES: Record<string, string> = { active: "ok", inactive: "", suspended: "danger" };

type Search = { q?: string | string[]; status?: string | string[] };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/** Text matches name, business, phone numbers or voice; status matches exactly. Server-side: works without JS. */
function matches(agent: Agent, query: string, status: string, voiceName: string | undefined): boolean {
  if (status && (agent.status ?? "") !== status) return false;
  if (!query) return true;
  const needle = query.toLowerCase();
  const digits = query.replace(/\D/g, "");
  const haystack = [agent.agent_name, agent.business_name, voiceName, agent.id].filter(Boolean).join(" ").toLowerCase();
  if (haystack.includes(needle)) return true;
  return digits.length >= 3 && [agent.phone_number, agent.forwarding_number].some((number) => number?.replace(/\D/g, "").includes(digits));
}

export default async function AgentsPage({ params, searchParams }: { params: Promise<{ clientId: string }>; searchParams: Promise<Search> }) {
  const { clientId } = await params;
  const search = await searchParams;
  const query = first(search.q);
  const status = first(search.status);
  const { agency, client, access } = await requirePageClient(clientId, "agent:read");
  const loaded = await loadFromUpstream(agency.id, client, loadAgents);
  if (!loaded.ok) return <UpstreamErrorState error={loaded.error} clientId={client.id} canFixKey={can(access, "client:update", client.id)} />;
  const result = loaded.data;

  const voiceNames = new Map(result.voices.map((voice) => [voice.id, voice.name]));
  const newAgentHref = `/clients/${client.id}/agents/new`;
  const mayCreate = can(access, "agent:create", client.id);
  if (result.agents.length === 0) {
    return (
      <div className="card">
        <div className="empty">
          <div className="icon"><HeadsetIcon /></div>
          <h2>No agents on this account</h2>
          <p>Every OnCallClerk account starts with one agent; this one has none left.{mayCreate ? " Create one to start answering calls." : " Ask an agency member to create one."}</p>
          {mayCreate ? <Link className="btn primary" href={newAgentHref}>New agent</Link> : null}
        </div>
      </div>
    );
  }
  const shown = result.agents.filter((agent) => matches(agent, query, status, voiceNames.get(agent.voice_id ?? "")));
  const filtered = query !== "" || status !== "";
  return (
    <div className="stack">
    <div className="row agents-toolbar">
      <form className="row agents-filter" method="get" role="search" aria-label="Filter agents">
        <label className="visually-hidden" htmlFor="agents-q">Search agents</label>
        <input id="agents-q" name="q" type="search" className="input" defaultValue={query} placeholder="Name, business, number or voice" />
        <label className="visually-hidden" htmlFor="agents-status">Status</label>
        <select id="agents-status" name="status" className="input" defaultValue={status}>
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="inactive">Inactive</option>
          <option value="suspended">Suspended</option>
        </select>
        <button type="submit" className="btn">Filter</button>
        {filtered ? <Link className="small" href={`/clients/${client.id}/agents`}>Clear</Link> : null}
      </form>
      <div className="row">
        <span className="muted small">{filtered ? `${shown.length} of ${result.agents.length}` : result.agents.length === 1 ? "1 agent" : `${result.agents.length} agents`}</span>
        {mayCreate ? <Link className="btn primary" href={newAgentHref}>New agent</Link> : null}
      </div>
    </div>
    {shown.length === 0 ? (
      <div className="card"><div className="empty"><h2>No agent matches</h2><p>Nothing matches these filters. <Link href={`/clients/${client.id}/agents`}>Show all agents</Link></p></div></div>
    ) : (
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
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((agent: Agent) => (
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
              <td>
                {ESCALATION_LABELS[agent.escalation_policy ?? "never"] ?? agent.escalation_policy}
                {agent.forwarding_number ? <div className="small muted">to <span className="mono">{agent.forwarding_number}</span></div> : null}
              </td>
              <td className="small">{summarizeBusinessHours(agent.business_hours)}</td>
              <td className="small nowrap">{formatUpdated(agent.updated_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    )}
    </div>
  );
}
