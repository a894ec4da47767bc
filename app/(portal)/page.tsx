// The agency home: every client at a glance — key health, plan, minutes and agents used — with
// each client's live numbers streamed in as OnCallClerk answers.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { Suspense } from "react";
import { PhoneIcon } from "@/app/_components/icons";
import { requirePageAgency } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { listVisibleClientAccounts } from "@/lib/clients/service";
import { ClientUsageCells, ClientUsageCellsLoading } from "./client-usage-cells";

export const metadata: Metadata = { title: "Clients" };

export default async function AgencyHomePage() {
  const context = await requirePageAgency();
  const { agency, access } = context;
  if (!can(access, "client:read")) {
    forbidden();
  }
  const clients = await listVisibleClientAccounts(context);
  // A client user has one business: their home is that client's pages, not a list of one.
  if (access.role === "client_user" && clients.length === 1) redirect(`/clients/${clients[0]!.id}`);
  const canCreate = can(access, "client:create");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Clients</h1>
          <p>
            {clients.length === 0
              ? "No client businesses yet"
              : `${clients.length === 1 ? "1 client business" : `${clients.length} client businesses`} on ${agency.name}`}
          </p>
        </div>
        {canCreate && clients.length > 0 ? <Link className="btn primary" href="/clients/new">Add client</Link> : null}
      </div>
      {clients.length === 0 ? (
        <div className="card">
          <div className="empty">
            <div className="icon"><PhoneIcon /></div>
            <h2>No clients yet</h2>
            <p>Connect a client business with its OnCallClerk API key to see its agents, usage and calls here.</p>
            {canCreate ? <Link className="btn primary" href="/clients/new">Add your first client</Link> : null}
          </div>
        </div>
      ) : (
        <div className="card table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">API key</th>
                <th scope="col" className="usage-status">Status</th>
                <th scope="col" className="usage-plan">Plan</th>
                <th scope="col" className="usage-meter" title="Minutes used in the current billing period">Minutes used</th>
                <th scope="col" className="usage-meter">Agents</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((client) => (
                <tr key={client.id}>
                  <td className="nowrap">
                    <Link className="primary" href={`/clients/${client.id}/agents`}>{client.name}</Link>
                  </td>
                  <td className="nowrap"><span className="mono muted">•••• {client.keyHint}</span></td>
                  <Suspense fallback={<ClientUsageCellsLoading />}>
                    <ClientUsageCells agencyId={agency.id} client={client} />
                  </Suspense>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
