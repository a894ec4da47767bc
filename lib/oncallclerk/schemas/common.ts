import { z } from "zod";

// Responses are loose (unknown fields pass through) because the vendor adds fields without notice;
// requests are strict because the real API rejects unknown and read-only fields.

/** E.164: "+" then up to 15 digits, no leading zero. */
export const e164Schema = z.string().regex(/^\+[1-9]\d{6,14}$/, "Expected an E.164 phone number like +14155551234");

/** Opaque upstream id: any non-empty string (never validated by prefix). */
export const idSchema = z.string().min(1);

export const isoCountrySchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "Expected a two-letter ISO country code")
  .transform((v) => v.toUpperCase());

export const timezoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false; // RangeError: not a zone this runtime knows
  }
}, "Expected an IANA timezone like America/New_York");

/** `success` is informational: a {success:false} body is already turned into an error by transport. */
const successField = z.boolean().optional();

/** Most reads: `{ success, data }`. */
export function dataEnvelope<S extends z.ZodType>(data: S) {
  return z.looseObject({ success: successField, data });
}

/** Writes that return nothing useful: `{ success: true }` (or 204). */
export const successOnlySchema = z.looseObject({ success: successField });
