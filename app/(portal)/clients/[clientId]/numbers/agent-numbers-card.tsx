"use client";
// Each agent and the number callers dial to reach it, in national and E.164 form.
import Link from "next/link";
import type { Agent } from "@/lib/oncallclerk";

export function PhoneNumberText({ e164, national }: { e164: string; national: string | undefined }) {
  return (
    <span className="number-text">
      <span className="number-national">{national && national !== e164 ? national : e164}</span>
      {national && national !== e164 ? <span className="mono muted">{e164}</span> : null}
    </span>
  );
}

export function AgentNumbersCard({ clientId, agents, national }: { clientId: string; agents: Agent[]; national: Record<string, string> }) {
  return (
    <section className="card" aria-labelledby="agent-numbers-heading">
      <div className="card-body" style={{ paddingBottom: agents.length ? 12 : undefined }}>
        <h2 id="agent-numbers-heading">Agents and their numbers</h2>
        {agents.length === 0 ? <p className="muted" style={{ margin: "6px 0 0" }}>This client has no agents, so there is nothing to assign a number to yet.</p> : null}
      </div>
      {agents.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-labelledby="agent-numbers-heading">
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Phone number</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((agent) => (
                <tr key={agent.id} data-agent-id={agent.id}>
                  <td>
                    <Link className="primary" href={`/clients/${clientId}/agents/${encodeURIComponent(agent.id)}`}>{agent.agent_name || "Unnamed agent"}</Link>
                    {agent.business_name ? <div className="small muted">{agent.business_name}</div> : null}
                  </td>
                  <td>{agent.phone_number ? <PhoneNumberText e164={agent.phone_number} national={national[agent.phone_number]} /> : <span className="faint">No number yet</span>}</td>
                  <td><span className={`badge ${agent.status === "active" ? "ok" : agent.status === "suspended" ? "danger" : ""}`}>{agent.status ?? "unknown"}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
