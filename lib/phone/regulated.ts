// Countries whose numbers need an approved regulatory bundle before OnCallClerk assigns one (the
// reference names GB, DE and AU). A bundle counts once it is approved or provisionally approved;
// draft, pending, in-review, rejected and canceled bundles do not.
export const BUNDLE_REQUIRED_COUNTRIES: readonly string[] = ["GB", "DE", "AU"];
export const APPROVED_BUNDLE_STATUSES: readonly string[] = ["twilio-approved", "provisionally-approved"];

export function requiresBundle(country: string): boolean {
  return BUNDLE_REQUIRED_COUNTRIES.includes(country.toUpperCase());
}

export function isApprovedBundle(bundle: { status?: string | undefined }): boolean {
  return bundle.status !== undefined && APPROVED_BUNDLE_STATUSES.includes(bundle.status);
}

const names = new Intl.DisplayNames(["en"], { type: "region" });

/** "GB" → "United Kingdom (GB)", for messages. */
export function countryLabel(country: string): string {
  try {
    const name = names.of(country.toUpperCase());
    return name && name !== country.toUpperCase() ? `${name} (${country.toUpperCase()})` : country.toUpperCase();
  } catch {
    return country.toUpperCase();
  }
}
