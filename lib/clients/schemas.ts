// Client accounts: request schemas (shared by the "Add client" form and the route handlers) and the
// public view. The view has no key material at all, only the last four characters as a hint.
import { isSupportedCountry } from "libphonenumber-js";
import { z } from "zod";
import { visibleText } from "@/lib/validation";

/**
 * One spelling per name: compatibility forms folded (NFKC: full-width letters, ligatures, odd
 * spaces), runs of whitespace made one space, ends trimmed. Stored this way, and compared this way
 * (plus letter case), so "Acme  Dental" and "Acme Dental" are the same client name.
 */
export function normalizeClientName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/** What two client names are compared by: the normalised name, letter case ignored. */
export function clientNameKey(name: string): string {
  return normalizeClientName(name).toLocaleLowerCase("en");
}

const clientName = z.string().transform(normalizeClientName).pipe(visibleText("the client's name", 100));

// OnCallClerk keys are opaque; we only insist on something key-shaped (no spaces, sane length).
export const apiKeySchema = z
  .string()
  .trim()
  .min(1, { message: "Enter the client's OnCallClerk API key", abort: true })
  .min(8, "That is too short to be an OnCallClerk API key")
  .max(256, "That is too long to be an OnCallClerk API key")
  .regex(/^[\x21-\x7e]+$/, "An API key has no spaces or special characters");

/** Where the client's phone numbers are local: the default region for numbers typed without +. */
export const countrySchema = z
  .string()
  .trim()
  // The raw value first: upper-casing "ß" gives "SS" (a real code) and "ǆ" gives "Ǆ".
  .regex(/^[A-Za-z]{2}$/, "Choose a country (two-letter code, e.g. US or GB)")
  .transform((code) => code.toUpperCase())
  .refine((code) => isSupportedCountry(code), "Choose a country (two-letter code, e.g. US or GB)");

export const createClientSchema = z.strictObject({ name: clientName, apiKey: apiKeySchema, country: countrySchema.optional() });
export type CreateClientInput = z.infer<typeof createClientSchema>;

export const updateClientSchema = z
  .strictObject({ name: clientName.optional(), apiKey: apiKeySchema.optional(), country: countrySchema.optional() })
  .refine((value) => value.name !== undefined || value.apiKey !== undefined || value.country !== undefined, {
    message: "Change the name, the API key or the country",
  });
export type UpdateClientInput = z.infer<typeof updateClientSchema>;

// Our ids are UUIDs (older rows may be cuids); anything else cannot be a client of ours.
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export const clientStatusValues = ["active", "key_rejected", "unreachable"] as const;

export interface ClientAccountView {
  id: string;
  name: string;
  keyHint: string;
  keyVersion: number;
  country: string;
  /** IANA zone of the client's OnCallClerk profile (UTC until the first transcript sync). */
  timeZone: string;
  status: (typeof clientStatusValues)[number];
  statusMessage: string | null;
  statusCheckedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const clientAccountSelect = {
  id: true,
  name: true,
  keyHint: true,
  keyVersion: true,
  country: true,
  timeZone: true,
  status: true,
  statusMessage: true,
  statusCheckedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function keyHintOf(apiKey: string): string {
  return apiKey.slice(-4);
}

/** A client as this person may see it: without the key's last characters for those who may not (client users). */
export function clientForViewer<T extends { keyHint: string }>(client: T, maySee: boolean): T | Omit<T, "keyHint"> {
  if (maySee) return client;
  const { keyHint: _hidden, ...rest } = client;
  return rest;
}
