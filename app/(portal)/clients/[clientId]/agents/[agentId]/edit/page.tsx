// Edit one agent: the editor prefilled with OnCallClerk's current copy; its updated_at goes back as
// If-Match so a change made elsewhere in the meantime is shown rather than overwritten.
import type { Metadata } from "next";
import Link from "next/link";
import { UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { AgentEditor } from "../../_editor/agent-editor";
import { decodeParam } from "../../_editor/decode-param";
import { editorContext } from "../../_editor/editor-context";
import { loadFromUpstream } from "../../../load-from-upstream";

export const metadata: Metadata = { title: "Edit agent" };

export default async function EditAgentPage({ params }: { params: Promise<{ clientId: string; agentId: string }> }) {
  const { clientId, agentId } = await params;
  const { agency, client, access } = await requirePageClient(clientId, "agent:update-hours-faq");
  // Someone allowed only hours and the FAQ (a client user, as the agency chose) gets just those sections.
  const hoursAndFaqOnly = !can(access, "agent:update", client.id);
  const loaded = await loadFromUpstream(
    agency.id,
    client,
    (oncallclerk) => Promise.all([oncallclerk.agents.get(decodeParam(agentId)), editorContext(oncallclerk, client.country)]),
    { missingIsNotFound: true },
  );
  if (!loaded.ok) return <UpstreamErrorState error={loaded.error} clientId={client.id} canFixKey={can(access, "client:update", client.id)} />;
  const [agent, context] = loaded.data;
  const detail = `/clients/${client.id}/agents/${encodeURIComponent(agent.id)}`;
  return (
    <div className="stack editor-page">
      <div className="editor-page-head">
        <div>
          <div className="small muted">
            <Link href={`/clients/${client.id}/agents`}>Agents</Link> / <Link href={detail}>{agent.agent_name || "Unnamed agent"}</Link> / Edit
          </div>
          <h2 className="editor-title">{hoursAndFaqOnly ? "Business hours and FAQ" : "Edit"} {hoursAndFaqOnly ? `of ${agent.agent_name || "this agent"}` : agent.agent_name || "agent"}</h2>
          <p className="muted" style={{ margin: 0 }}>
            {hoursAndFaqOnly ? "Your agency lets you change when this agent answers and what it says to common questions. " : null}
            Only the fields you change are sent to OnCallClerk.
          </p>
        </div>
      </div>
      <AgentEditor mode="edit" clientId={client.id} agent={agent} hoursAndFaqOnly={hoursAndFaqOnly} {...context} />
    </div>
  );
}
