// New agent for a client: the plan's agent allowance first (read from OnCallClerk's /usage on the
// server), then the editor. At the limit the form stays readable but its submit is replaced by why.
// `?template=<id>` starts the editor from one of the agency's templates (looked up in the agency).
import type { Metadata } from "next";
import Link from "next/link";
import { UsageMeter } from "@/app/_components/usage-meter";
import { UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import type { Usage } from "@/lib/oncallclerk";
import { listTemplates } from "@/lib/templates/service";
import { AgentEditor } from "../_editor/agent-editor";
import { editorContext } from "../_editor/editor-context";
import { loadFromUpstream } from "../../load-from-upstream";
import { TemplateChoice } from "./template-choice";

export const metadata: Metadata = { title: "New agent" };

function limitMessage(usage: Usage): string | null {
  const agents = usage.agents;
  if (!agents || agents.limit === null) return null;
  const remaining = agents.remaining ?? agents.limit - agents.used;
  if (remaining > 0) return null;
  const plan = usage.plan ? `${usage.plan.charAt(0).toUpperCase()}${usage.plan.slice(1)} plan` : "plan";
  return ` This client's ${plan} allows ${agents.limit} agent${agents.limit === 1 ? "" : "s"} and all are in use. Delete an agent or upgrade the client's plan in OnCallClerk, then come back.`;
}

export default async function NewAgentPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<{ template?: string | string[] }>;
}) {
  const { clientId } = await params;
  const { template: templateParam } = await searchParams;
  const { agency, client, access } = await requirePageClient(clientId, "agent:create");
  const templates = can(access, "template:read", client.id) ? await listTemplates(agency.id) : [];
  const templateId = typeof templateParam === "string" && templateParam !== "" ? templateParam : null;
  const chosen = templateId ? (templates.find((template) => template.id === templateId) ?? null) : null;
  const loaded = await loadFromUpstream(agency.id, client, (oncallclerk) => Promise.all([oncallclerk.usage.get(), editorContext(oncallclerk, client.country)]));
  if (!loaded.ok) return <UpstreamErrorState error={loaded.error} clientId={client.id} canFixKey={can(access, "client:update", client.id)} />;
  const [usage, context] = loaded.data;
  const blocked = limitMessage(usage);
  const agents = usage.agents;
  return (
    <div className="stack editor-page">
      <div className="editor-page-head">
        <div>
          <div className="small muted"><Link href={`/clients/${client.id}/agents`}>Agents</Link> / New</div>
          <h2 className="editor-title">New agent</h2>
          <p className="muted" style={{ margin: 0 }}>Created in {client.name}&apos;s OnCallClerk account with its API key.</p>
        </div>
        <div className={`card allowance ${blocked ? "full" : ""}`} aria-label="Agent allowance">
          <span className="small muted">Agents on this plan</span>
          {agents ? <UsageMeter used={agents.used} limit={agents.limit} unit="agent" plural="agents" kind="allowance" /> : <span className="muted">Not reported</span>}
          {agents && agents.limit !== null && !blocked ? (
            <span className="small">{(agents.remaining ?? agents.limit - agents.used) === 1 ? "1 more agent can be created" : `${agents.remaining ?? agents.limit - agents.used} more agents can be created`}</span>
          ) : null}
        </div>
      </div>
      {blocked ? (
        <div className="alert warn" role="alert"><div><strong>Agent limit reached</strong>{blocked}</div></div>
      ) : null}
      {templateId && !chosen ? (
        <div className="alert warn template-missing" role="alert"><div><strong>Template not found</strong>It may have been deleted. Choose another template, or start from the blank form below.</div></div>
      ) : null}
      {templates.length ? <TemplateChoice templates={templates.map(({ id, name }) => ({ id, name }))} current={templateId} selected={chosen?.id ?? null} /> : null}
      {/* Keyed by template: choosing another one starts the form afresh from it. */}
      <AgentEditor
        key={chosen?.id ?? "blank"}
        mode="create"
        clientId={client.id}
        blocked={blocked}
        template={chosen ? { id: chosen.id, name: chosen.name, config: chosen.config, businessName: client.name } : null}
        {...context}
      />
    </div>
  );
}
