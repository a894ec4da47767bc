// The client's OnCallClerk account at a glance: plan and billing period, minutes and agents used
// (warnings at 80 % and 100 %), whether numbers can be assigned, and the account profile.
import type { Metadata } from "next";
import { asClientPageError, UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { recordUpstreamFailure, recordUpstreamSuccess } from "@/lib/clients/key-health";
import { upstreamForClient } from "@/lib/clients/upstream";
import { billingPeriodDates } from "@/lib/oncallclerk";
import { PlanCard } from "./plan-card";
import { ProfileCard } from "./profile-card";

export const metadata: Metadata = { title: "Account" };

export default async function ClientAccountPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { agency, client, role } = await requirePageClient(clientId, "client:read");
  try {
    const oncallclerk = await upstreamForClient(agency.id, client.id);
    const [usage, subscription, profile] = await Promise.all([oncallclerk.usage.get(), oncallclerk.subscription.get(), oncallclerk.user.get()]);
    await recordUpstreamSuccess(agency.id, client);
    return (
      <div className="stack" style={{ gap: 16 }}>
        <PlanCard usage={usage} subscription={subscription} period={billingPeriodDates(usage)} />
        <ProfileCard profile={profile} />
      </div>
    );
  } catch (error) {
    const shown = asClientPageError(error);
    await recordUpstreamFailure(agency.id, client, error);
    return <UpstreamErrorState error={shown} clientId={client.id} canFixKey={can(role, "client:update")} />;
  }
}
