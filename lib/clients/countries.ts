// Countries people can choose for a client (every region libphonenumber knows), named in English.
// Built on the server and passed to forms, so the browser never loads phone-number metadata.
import { getCountries } from "libphonenumber-js";

export interface CountryOption {
  code: string;
  name: string;
}

let cached: CountryOption[] | undefined;

export function countryOptions(): CountryOption[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  cached = getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return cached;
}
