// Server side of the editor pages: what the form needs besides the agent — the voices (optional:
// the picker fetches them itself when this read fails), a default time zone (the client's
// OnCallClerk profile, else UTC) and the country name numbers are read in.
import { isValidTimeZone } from "@/lib/agents/time-zones";
import type { OnCallClerkClient, Voice } from "@/lib/oncallclerk";

export async function editorContext(oncallclerk: OnCallClerkClient, country: string) {
  const [voices, profile] = await Promise.all([
    oncallclerk.voices.list().catch(() => null as Voice[] | null),
    oncallclerk.user.get().catch(() => null),
  ]);
  const zone = profile?.timezone ?? "";
  const timezone = zone && isValidTimeZone(zone) ? zone : "UTC";
  const countryName = new Intl.DisplayNames(["en"], { type: "region" }).of(country) ?? country;
  return { voices, timezone, countryName };
}
