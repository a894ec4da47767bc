// One agent of a client, as OnCallClerk has it now, with Edit (agent:update), its History (restore:
// agent:update) and Delete (agent:delete).
import type { Metadata } from "next";
import Link from "next/link";
import { UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { ESCALATION_LABELS, summarizeBusinessHours } from "@/lib/agents/hours-summary";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { normalizeFunctionsEnabled, type Voice } from "@/lib/oncallclerk";
import { decodeParam } from "../_editor/decode-param";
import { DeleteAgentForm } from "../_editor/delete-agent-form";
import { AgentHistory } from "./_history/agent-history";
import { BusinessHoursTable } from "./business-hours-table";
import { SaveAsTemplate } from "./save-as-template";
import { loadFromUpstream } from "../../load-from-upstream";

export const metadata: Metadata = { title: "Agent" };

export default async function AgentPage({ params }: { params: Promise<{ clientId: string; agentId: string }> }) {
  const { clientId, agentId } = await params;
  const { agency, client, access } = await requirePageClient(clientId, "agent:read");
  const loaded = await loadFromUpstream(
    agency.id,
    client,
    // Voices only name the agent's voice; if that call fails the page still shows the agent.
    (oncallclerk) => Promise.all([oncallclerk.agents.get(decodeParam(agentId)), oncallclerk.voices.list().catch(() => [] as Voice[])]),
    { missingIsNotFound: true },
  );
  if (!loaded.ok) return <UpstreamErrorState error={loaded.error} clientId={client.id} canFixKey={can(access, "client:update", client.id)} />;
  const [agent, voices] = loaded.data;
  const voice = voices.find((candidate) => candidate.id === agent.voice_id);
  const functions = normalizeFunctionsEnabled(agent.functions_enabled);
  return (
    <div className="stack" style={{ gap: 16 }}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <h2 style={{ fontSize: 18 }}>{agent.agent_name || "Unnamed agent"}</h2>
          <span className="muted">{agent.business_name}</span>
        </div>
        <div className="row">
          <Link className="btn" href={`/clients/${client.id}/agents`}>All agents</Link>
          <a className="btn" href="#history">History</a>
          {can(access, "template:manage", client.id) ? (
            <SaveAsTemplate
              clientId={client.id}
              agentId={agent.id}
              agentName={agent.agent_name || "Agent"}
              numbers={[agent.forwarding_number, agent.escalation_number].filter((number): number is string => Boolean(number))}
            />
          ) : null}
          {can(access, "agent:update-hours-faq", client.id) ? (
            <Link className="btn primary" href={`/clients/${client.id}/agents/${encodeURIComponent(agent.id)}/edit`}>
              {can(access, "agent:update", client.id) ? "Edit" : "Edit hours and FAQ"}
            </Link>
          ) : null}
        </div>
      </div>
      <div className="grid-2">
        <section className="card"><div className="card-body">
          <h3 style={{ marginBottom: 12 }}>Calls</h3>
          <dl className="details">
            <dt>Status</dt><dd>{agent.status ?? "unknown"}</dd>
            <dt>Phone number</dt><dd className="mono">{agent.phone_number ?? "No number yet"}</dd>
            <dt>Escalation</dt><dd>{ESCALATION_LABELS[agent.escalation_policy ?? "never"] ?? agent.escalation_policy}</dd>
            <dt>Forwarding number</dt><dd className="mono">{agent.forwarding_number ?? "—"}</dd>
            <dt>Backup number</dt><dd className="mono">{agent.escalation_number ?? "—"}</dd>
            <dt>Functions</dt><dd>{functions === "all" ? "Enabled (all)" : functions.length ? functions.join(", ") : "None"}</dd>
          </dl>
        </div></section>
        <section className="card"><div className="card-body">
          <h3 style={{ marginBottom: 12 }}>Voice &amp; greeting</h3>
          <dl className="details">
            <dt>Voice</dt><dd>{voice ? `${voice.name} — ${[voice.accent, voice.gender].filter(Boolean).join(", ")}` : (agent.voice_id ?? "—")}</dd>
            <dt>Display name</dt><dd>{agent.voice_settings?.name ?? "—"}</dd>
            <dt>Personality</dt><dd>{agent.voice_settings?.personality ?? "—"}</dd>
            <dt>Greeting</dt><dd>{agent.greeting ?? "—"}</dd>
          </dl>
        </div></section>
      </div>
      <section className="card"><div className="card-body">
        <h3 style={{ marginBottom: 4 }}>Business hours</h3>
        <p className="muted" style={{ marginTop: 0 }}>{summarizeBusinessHours(agent.business_hours)}</p>
        <BusinessHoursTable hours={agent.business_hours} />
      </div></section>
      <section className="card"><div className="card-body">
        <h3 style={{ marginBottom: 12 }}>Instructions</h3>
        <p style={{ whiteSpace: "pre-wrap", margin: 0 }}>{agent.system_prompt ?? "—"}</p>
      </div></section>
      <section className="card"><div className="card-body">
        <h3 style={{ marginBottom: 12 }}>FAQ ({agent.faq?.length ?? 0})</h3>
        {agent.faq?.length ? (
          <dl className="details">
            {agent.faq.map((entry, index) => (
              <div key={index} style={{ display: "contents" }}>
                <dt>{entry.question}</dt>
                <dd>{entry.answer}</dd>
              </div>
            ))}
          </dl>
        ) : <p className="muted" style={{ margin: 0 }}>No FAQ entries.</p>}
      </div></section>
      <AgentHistory
        clientId={client.id}
        agentId={agent.id}
        canRestore={can(access, "agent:update", client.id)}
        voiceNames={Object.fromEntries(voices.map((candidate) => [candidate.id, candidate.name ?? candidate.id]))}
      />
      {can(access, "agent:delete", client.id) ? (
        <section className="card danger-zone" aria-labelledby="delete-agent-title"><div className="card-body stack">
          <h3 id="delete-agent-title">Delete this agent</h3>
          <DeleteAgentForm clientId={client.id} agentId={agent.id} name={agent.agent_name || agent.id} phoneNumber={agent.phone_number ?? null} />
        </div></section>
      ) : null}
    </div>
  );
}
