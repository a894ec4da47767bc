// A client's regulatory bundles, per country: the list with each bundle's status, and a form to
// submit a new one (business or individual, with the identity and address documents). GB, DE and
// AU numbers can only be assigned once a bundle for that country is approved.
import type { Metadata } from "next";
import Link from "next/link";
import { UpstreamErrorState } from "@/app/_components/upstream-error-state";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { countryOptions } from "@/lib/clients/countries";
import { BUNDLE_LIMITS } from "@/lib/phone/bundle-request";
import { BUNDLE_REQUIRED_COUNTRIES, countryLabel, requiresBundle } from "@/lib/phone/regulated";
import { isoCountryParamSchema } from "@/lib/phone/search-schemas";
import { BundleCountryPicker } from "./bundle-country-picker";
import { BundleForm } from "./bundle-form";
import { BundleList } from "./bundle-list";
import { loadFromUpstream } from "../load-from-upstream";

export const metadata: Metadata = { title: "Regulatory bundles" };

/** `?country=` when valid; else the client's own country when it is regulated; else the first regulated one. */
function chosenCountry(wanted: string | string[] | undefined, clientCountry: string): string {
  const parsed = isoCountryParamSchema.safeParse(typeof wanted === "string" ? wanted : "");
  if (parsed.success) return parsed.data;
  return requiresBundle(clientCountry) ? clientCountry : BUNDLE_REQUIRED_COUNTRIES[0]!;
}

export default async function BundlesPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { clientId } = await params;
  const { country: wanted } = await searchParams;
  const { agency, client, access } = await requirePageClient(clientId, "number:read");
  const country = chosenCountry(wanted, client.country);
  const result = await loadFromUpstream(agency.id, client, (oncallclerk) => oncallclerk.phoneNumbers.listRegulatoryBundles(country));
  const countries = countryOptions().map(({ code, name }) => ({ code, name, bundleRequired: requiresBundle(code) }));

  return (
    <div className="stack" style={{ gap: 16 }}>
      <div className="bundles-head">
        <div>
          <h2>Regulatory bundles</h2>
          <p className="muted" style={{ margin: "4px 0 0" }}>
            Some countries (GB, DE, AU) only give out phone numbers to a business or person whose identity and address were checked.
            A bundle holds those details; once it is approved, this client can take numbers there.
          </p>
        </div>
        <Link className="btn" href={`/clients/${client.id}/numbers?country=${country}`}>Find {country} numbers</Link>
      </div>
      <BundleCountryPicker clientId={client.id} country={country} countries={countries} />
      {!result.ok ? (
        <UpstreamErrorState error={result.error} clientId={client.id} canFixKey={can(access, "client:update", client.id)} />
      ) : (
        <>
          <BundleList clientId={client.id} country={country} countryName={countryLabel(country)} initialBundles={result.data} required={requiresBundle(country)} />
          {can(access, "bundle:create", client.id) ? (
            <BundleForm
              key={country}
              clientId={client.id}
              country={country}
              countryName={countryLabel(country)}
              clientCountry={client.country}
              limits={{ fileBytes: BUNDLE_LIMITS.fileBytes, requestBytes: BUNDLE_LIMITS.requestBytes }}
            />
          ) : (
            <p className="muted small">Your role can see bundles but not submit them. Ask an agency member, admin or owner.</p>
          )}
        </>
      )}
    </div>
  );
}
