// A client's pages: its name, key hint and status, and tabs. 404 for any client outside the agency.
import Link from "next/link";
import type { ReactNode } from "react";
import { LiveKeyStatusBadge } from "@/app/_components/live-key-status-badge";
import { NavLink } from "@/app/_components/nav-link";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";

export default async function ClientLayout({ children, params }: { children: ReactNode; params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { client, access } = await requirePageClient(clientId);
  return (
    <>
      {access.clientIds?.length === 1 ? null : <div className="breadcrumbs"><Link href="/">Clients</Link> / {client.name}</div>}
      <div className="page-header">
        <div>
          <div className="row">
            <h1>{client.name}</h1>
            <LiveKeyStatusBadge client={{ id: client.id, name: client.name, keyHint: client.keyHint, status: client.status }} />
          </div>
          {can(access, "client:key-hint", client.id) ? (
            <p>
              API key <span className="mono">•••• {client.keyHint}</span>
            </p>
          ) : null}
        </div>
      </div>
      <nav className="tabs" aria-label="Client">
        {can(access, "agent:read", client.id) ? <NavLink href={`/clients/${client.id}/agents`}>Agents</NavLink> : null}
        {can(access, "transcript:read", client.id) ? <NavLink href={`/clients/${client.id}/calls`}>Calls</NavLink> : null}
        {can(access, "transcript:read", client.id) ? <NavLink href={`/clients/${client.id}/analytics`}>Analytics</NavLink> : null}
        {can(access, "number:read", client.id) ? <NavLink href={`/clients/${client.id}/numbers`}>Phone numbers</NavLink> : null}
        {can(access, "account:read", client.id) ? <NavLink href={`/clients/${client.id}/account`}>Account</NavLink> : null}
        {can(access, "client:update", client.id) ? <NavLink href={`/clients/${client.id}/settings`}>Settings</NavLink> : null}
      </nav>
      {children}
    </>
  );
}
