// zod fields for phone numbers typed by people: any common format in, E.164 out. Built per client
// because the client's country decides what a national number means; forms and route handlers
// call the same factory, so they agree on every number.
import { z } from "zod";
import { normalizeOfferedNumber, normalizePhoneNumber, type NormalizeResult } from "./normalize";

function phoneField(normalize: (input: string, country: string) => NormalizeResult, defaultCountry: string) {
  return z.string({ error: "Enter a phone number" }).transform((input, ctx) => {
    const result = normalize(input, defaultCountry);
    if (result.ok) return result.e164;
    ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  });
}

/** A number someone will be called on (forwarding, escalation, profile, compliance contact). */
export const phoneNumberSchema = (defaultCountry: string) => phoneField(normalizePhoneNumber, defaultCountry);

/** A number picked from OnCallClerk's inventory (assignment): E.164 kept as given. */
export const offeredNumberSchema = (defaultCountry: string) => phoneField(normalizeOfferedNumber, defaultCountry);

/** `POST …/agents/{a}/phone` body: the number picked from the search, in any common format. */
export const assignNumberBodySchema = (defaultCountry: string) =>
  z.strictObject({ requestedNumber: offeredNumberSchema(defaultCountry) });
