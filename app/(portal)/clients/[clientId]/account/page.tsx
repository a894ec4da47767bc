// The client's OnCallClerk account at a glance: plan and billing period, minutes and agents used
// (warnings at 80 % and 100 %), whether numbers can be assigned, and the account profile — edited
// in place by roles that may (account:update), read-only otherwise — and, for owners and admins,
// deleting the whole OnCallClerk account.
import type { Metadata } from "next";
import Link from "next/link";
import { UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { listTimeZones } from "@/lib/agents/time-zones";
import { billingPeriodDates } from "@/lib/oncallclerk";
import { DeleteAccountForm } from "./delete-account-form";
import { PlanCard } from "./plan-card";
import { ProfileCard } from "./profile-card";
import { ProfileForm } from "./profile-form";
import type { OnCallClerkClient } from "@/lib/oncallclerk";
import { loadFromUpstream } from "../load-from-upstream";

export const metadata: Metadata = { title: "Account" };

async function loadAccount(oncallclerk: OnCallClerkClient) {
  const [usage, subscription, profile] = await Promise.all([oncallclerk.usage.get(), oncallclerk.subscription.get(), oncallclerk.user.get()]);
  return { usage, subscription, profile };
}

export default async function ClientAccountPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { agency, client, access } = await requirePageClient(clientId, "account:read");
  const loaded = await loadFromUpstream(agency.id, client, loadAccount);
  if (!loaded.ok) return <UpstreamErrorState error={loaded.error} clientId={client.id} canFixKey={can(access, "client:update", client.id)} />;
  const account = loaded.data;
  const agents = account.usage.agents?.used;
  return (
    <div className="stack" style={{ gap: 16 }}>
      <PlanCard usage={account.usage} subscription={account.subscription} period={billingPeriodDates(account.usage)} />
      {can(access, "account:update", client.id) ? (
        <section className="card" aria-labelledby="profile-heading"><div className="card-body stack">
          <div>
            <h2 id="profile-heading">OnCallClerk account profile</h2>
            <p className="muted small" style={{ margin: "4px 0 0" }}>The account holder at OnCallClerk. Only the fields you change are sent.</p>
          </div>
          <ProfileForm
            clientId={client.id}
            profile={account.profile}
            timeZones={listTimeZones().map((zone) => ({ id: zone.id, label: zone.label }))}
            clientCountry={client.country}
          />
        </div></section>
      ) : (
        <ProfileCard profile={account.profile} />
      )}
      {can(access, "account:delete", client.id) ? (
        <section className="card danger-card" aria-labelledby="delete-account-heading"><div className="card-body stack">
          <h2 id="delete-account-heading">Delete the OnCallClerk account</h2>
          <div className="stack" style={{ gap: 6 }}>
            <p style={{ margin: 0 }}>This permanently deletes {client.name}&apos;s whole account at OnCallClerk. It cannot be undone:</p>
            <ul className="danger-list">
              <li>{agents === undefined ? "every agent" : agents === 1 ? "its agent" : `all ${agents} agents`} — calls to the client stop being answered;</li>
              <li>their phone numbers, which are released and may go to someone else;</li>
              <li>every call transcript and setting;</li>
              <li>the API key, which stops working; {client.name} is then removed from this portal.</li>
            </ul>
            <p className="muted small" style={{ margin: 0 }}>To stop managing the client here without touching OnCallClerk, remove it in <Link href={`/clients/${client.id}/settings`}>Settings</Link> instead.</p>
          </div>
          <DeleteAccountForm clientId={client.id} name={client.name} />
        </div></section>
      ) : null}
    </div>
  );
}
