// Bulk changes: one change (hours, greeting, FAQ, transfers or voice) to agents of any of the
// agency's clients, previewed per agent before anything is written, with every agent's outcome.
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { HeadsetIcon } from "@/app/_components/icons";
import { requirePageAgency } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { listVisibleClientAccounts } from "@/lib/clients/service";
import { BulkWorkspace } from "./bulk-workspace";
import { loadAgentGroups } from "./load-agent-groups";

export const metadata: Metadata = { title: "Bulk changes" };

function Header({ children }: { children?: React.ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1>Bulk changes</h1>
        <p>Change business hours, the greeting, FAQ entries, transfers or the voice of many agents at once — across clients.</p>
      </div>
      {children}
    </div>
  );
}

export default async function BulkPage() {
  const context = await requirePageAgency();
  const { agency, access } = context;
  if (!can(access, "agent:update")) forbidden();
  const clients = await listVisibleClientAccounts(context);
  const groups = await loadAgentGroups(agency.id, clients);
  const agentCount = groups.reduce((sum, group) => sum + (group.ok ? group.agents.length : 0), 0);
  const failedGroups = groups.filter((group) => !group.ok).length;

  if (clients.length === 0 || (agentCount === 0 && failedGroups === 0)) {
    return (
      <>
        <Header />
        <div className="card">
          <div className="empty">
            <div className="icon"><HeadsetIcon /></div>
            <h2>{clients.length === 0 ? "No clients yet" : "No agents yet"}</h2>
            <p>
              {clients.length === 0
                ? "Connect client businesses with their OnCallClerk API keys; then change their agents here, many at a time."
                : "None of your clients has an agent. Create agents from a client's Agents tab; then change them here, many at a time."}
            </p>
            {clients.length === 0 && can(access, "client:create") ? <Link className="btn primary" href="/clients/new">Add your first client</Link> : null}
          </div>
        </div>
      </>
    );
  }
  return (
    <>
      <Header />
      <BulkWorkspace groups={groups} canFixKeys={can(access, "client:update")} />
    </>
  );
}
