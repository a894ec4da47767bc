// The app shell: agency name, client switcher, navigation, who is signed in. Every page below it
// also checks the session and tenant itself; this layout is not the gate.
import type { ReactNode } from "react";
import { AgencySwitcher } from "@/app/_components/agency-switcher";
import { Brand } from "@/app/_components/brand";
import { ClientSwitcher } from "@/app/_components/client-switcher";
import { NavLink } from "@/app/_components/nav-link";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { agenciesOfUser } from "@/lib/auth/agency";
import { requirePageAgency } from "@/lib/auth/page-context";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { listVisibleClientAccounts } from "@/lib/clients/service";

export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const context = await requirePageAgency();
  const { user, agency, role, access } = context;
  const clients = can(access, "client:read") ? await listVisibleClientAccounts(context) : [];
  const showKeys = can(access, "client:key-hint");
  const summaries = clients.map(({ id, name, keyHint, status }) => ({ id, name, keyHint: showKeys ? keyHint : "", status }));
  // A client user has exactly one business: no switcher, and "Clients" is that business.
  const ownClient = role === "client_user" ? clients[0] : undefined;
  const agencies = (await agenciesOfUser(user.id)).map((membership) => membership.agency);
  return (
    <div className="shell">
      <aside className="sidebar">
        <Brand />
        {agencies.length > 1 ? (
          <AgencySwitcher agencies={agencies} currentId={agency.id} />
        ) : (
          <div className="agency-name" title="Agency">{agency.name}</div>
        )}
        {ownClient ? null : <ClientSwitcher initialClients={summaries} />}
        <nav className="nav" aria-label="Main">
          <span className="nav-label">{ownClient ? "Your business" : "Agency"}</span>
          {ownClient ? <NavLink href={`/clients/${ownClient.id}`}>{ownClient.name}</NavLink> : <NavLink href="/" exact>Clients</NavLink>}
          {can(access, "transcript:read") ? <NavLink href="/transcripts">Calls</NavLink> : null}
          {can(access, "transcript:read") ? <NavLink href="/analytics">Analytics</NavLink> : null}
          {can(access, "client:create") ? <NavLink href="/clients/new">Add client</NavLink> : null}
          {can(access, "template:read") ? <NavLink href="/templates">Agent templates</NavLink> : null}
          {can(access, "agent:update") ? <NavLink href="/bulk">Bulk changes</NavLink> : null}
          {can(access, "member:read") ? <NavLink href="/members">Team</NavLink> : null}
          {can(access, "audit:read") ? <NavLink href="/audit">Audit log</NavLink> : null}
          {can(access, "agency:update") ? <NavLink href="/settings/agency">Agency settings</NavLink> : null}
        </nav>
        <div className="sidebar-footer">
          <span className="who" title={user.email}>{user.name || user.email}</span>
          <span className="role">{ROLE_LABELS[role]} · {agency.name}</span>
          {can(access, "token:create") ? <NavLink href="/settings/tokens">API tokens</NavLink> : null}
          <SignOutButton />
        </div>
      </aside>
      <main className="main">{children}</main>
    </div>
  );
}
