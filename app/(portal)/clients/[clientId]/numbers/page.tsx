// The client's phone numbers: each agent's current number, a search of OnCallClerk's available
// numbers, and assigning one to an agent in two clicks (blocked up front where a regulatory bundle
// is needed and none is approved).
import type { Metadata } from "next";
import { UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { countryOptions } from "@/lib/clients/countries";
import type { Usage } from "@/lib/oncallclerk";
import { formatNational } from "@/lib/phone/normalize";
import { requiresBundle } from "@/lib/phone/regulated";
import { isoCountryParamSchema } from "@/lib/phone/search-schemas";
import { NumbersWorkspace } from "./numbers-workspace";
import type { OnCallClerkClient } from "@/lib/oncallclerk";
import { loadFromUpstream } from "../load-from-upstream";

export const metadata: Metadata = { title: "Phone numbers" };

async function loadAgents(oncallclerk: OnCallClerkClient) {
  // Usage only tells whether numbers are allowed at all; the page works without it.
  const [agents, usage] = await Promise.all([oncallclerk.agents.list(), oncallclerk.usage.get().catch(() => null as Usage | null)]);
  return { agents, usage };
}

export default async function NumbersPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { clientId } = await params;
  const { country: wanted } = await searchParams;
  const { agency, client, access } = await requirePageClient(clientId, "number:read");
  const loaded = await loadFromUpstream(agency.id, client, loadAgents);
  if (!loaded.ok) return <UpstreamErrorState error={loaded.error} clientId={client.id} canFixKey={can(access, "client:update", client.id)} />;
  const result = loaded.data;

  const parsedCountry = isoCountryParamSchema.safeParse(typeof wanted === "string" ? wanted : "");
  const nationalFormats: Record<string, string> = {};
  for (const agent of result.agents) if (agent.phone_number) nationalFormats[agent.phone_number] = formatNational(agent.phone_number);
  const countries = countryOptions().map(({ code, name }) => ({ code, name, bundleRequired: requiresBundle(code) }));
  return (
    <NumbersWorkspace
      clientId={client.id}
      initialCountry={parsedCountry.success ? parsedCountry.data : client.country}
      countries={countries}
      initialAgents={result.agents}
      nationalFormats={nationalFormats}
      canAssign={can(access, "number:assign", client.id)}
      canCreateBundle={can(access, "bundle:create", client.id)}
      numbersAllowed={result.usage?.phone_numbers?.allowed !== false}
    />
  );
}
