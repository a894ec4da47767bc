// One agent of a client, as OnCallClerk has it now (read-only here; editing comes with the agents issue).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { asClientPageError, UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { ESCALATION_LABELS, summarizeBusinessHours } from "@/lib/agents/hours-summary";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { recordUpstreamFailure, recordUpstreamSuccess } from "@/lib/clients/key-health";
import { upstreamForClient } from "@/lib/clients/upstream";
import { isOnCallClerkError, normalizeFunctionsEnabled, type Voice } from "@/lib/oncallclerk";
import { BusinessHoursTable } from "./business-hours-table";

export const metadata: Metadata = { title: "Agent" };

// Page params arrive still URL-encoded (route handlers get them decoded); a malformed escape is a 404.
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    notFound();
  }
}

export default async function AgentPage({ params }: { params: Promise<{ clientId: string; agentId: string }> }) {
  const { clientId, agentId } = await params;
  const { agency, client, role } = await requirePageClient(clientId, "agent:read");
  let agent, voices: Voice[];
  try {
    const oncallclerk = await upstreamForClient(agency.id, client.id);
    [agent, voices] = await Promise.all([oncallclerk.agents.get(decodeParam(agentId)), oncallclerk.voices.list().catch(() => [] as Voice[])]);
    await recordUpstreamSuccess(agency.id, client);
  } catch (error) {
    if (isOnCallClerkError(error) && (error.kind === "not_found" || error.kind === "validation")) notFound();
    const shown = asClientPageError(error);
    await recordUpstreamFailure(agency.id, client, error);
    return <UpstreamErrorState error={shown} clientId={client.id} canFixKey={can(role, "client:update")} />;
  }
  const voice = voices.find((candidate) => candidate.id === agent.voice_id);
  const functions = normalizeFunctionsEnabled(agent.functions_enabled);
  return (
    <div className="stack" style={{ gap: 16 }}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <h2 style={{ fontSize: 18 }}>{agent.agent_name || "Unnamed agent"}</h2>
          <span className="muted">{agent.business_name}</span>
        </div>
        <Link className="btn" href={`/clients/${client.id}/agents`}>All agents</Link>
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
    </div>
  );
}
