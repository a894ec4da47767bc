// The client's OnCallClerk account at a glance: plan and billing period, minutes and agents used
// (warnings at 80 % and 100 %), whether numbers can be assigned, and the account profile.
import type { Metadata } from "next";
import { asClientPageError, UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { recordUpstreamFailure, recordUpstreamSuccess } from "@/lib/clients/key-health";
import type { ClientAccountView } from "@/lib/clients/schemas";
import { upstreamForClient } from "@/lib/clients/upstream";
import { billingPeriodDates } from "@/lib/oncallclerk";
import { PlanCard } from "./plan-card";
import { ProfileCard } from "./profile-card";

export const metadata: Metadata = { title: "Account" };

async function loadAccount(agencyId: string, client: Pick<ClientAccountView, "id" | "status" | "keyVersion">) {
  try {
    const oncallclerk = await upstreamForClient(agencyId, client.id);
    const [usage, subscription, profile] = await Promise.all([oncallclerk.usage.get(), oncallclerk.subscription.get(), oncallclerk.user.get()]);
    await recordUpstreamSuccess(agencyId, client);
    return { ok: true as const, usage, subscription, profile };
  } catch (error) {
    const shown = asClientPageError(error);
    await recordUpstreamFailure(agencyId, client, error);
    return { ok: false as const, error: shown };
  }
}

export default async function ClientAccountPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { agency, client, role } = await requirePageClient(clientId, "client:read");
  const account = await loadAccount(agency.id, client);
  if (!account.ok) return <UpstreamErrorState error={account.error} clientId={client.id} canFixKey={can(role, "client:update")} />;
  return (
    <div className="stack" style={{ gap: 16 }}>
      <PlanCard usage={account.usage} subscription={account.subscription} period={billingPeriodDates(account.usage)} />
      <ProfileCard profile={account.profile} />
    </div>
  );
}
