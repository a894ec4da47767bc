// The client's OnCallClerk account (`/user`): the partial profile update of the reference, with
// the personal number normalized to E.164 (client's country) and the time zone a real IANA zone;
// and the confirmation that deleting the whole account requires.
import { z } from "zod";
import { clientNameKey } from "@/lib/clients/schemas";
import { phoneNumberSchema } from "@/lib/phone/schemas";

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} under ${max} characters`)
    .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u, "Remove control or invisible characters");

/**
 * "Area/City" names (and UTC) that this runtime's time-zone database knows. Abbreviations such as
 * "EST" and offsets such as "+01:00" are refused even where Intl accepts them: they do not follow
 * daylight-saving rules, which is what a receptionist's hours need.
 */
export function isIanaTimeZone(zone: string): boolean {
  if (zone !== "UTC" && !/^[A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().trim().refine(isIanaTimeZone, "Choose a time zone such as America/New_York or Europe/London");

export function updateProfileBodySchema(country: string) {
  return z
    .strictObject({
      firstName: text("a first name", 100).optional(),
      lastName: text("a last name", 100).optional(),
      company: text("the company name", 200).optional(),
      timezone: timeZoneSchema.optional(),
      personalPhoneNumber: phoneNumberSchema(country).optional(),
      emailNotifications: z.boolean().optional(),
      callNotifications: z.boolean().optional(),
      weeklyReports: z.boolean().optional(),
    })
    .refine((value) => Object.values(value).some((field) => field !== undefined), "Give at least one field to change");
}
export type UpdateProfileBody = z.output<ReturnType<typeof updateProfileBodySchema>>;

/** `DELETE /user` body: the client's name typed out, as on the confirmation form. */
export const deleteAccountBodySchema = z.strictObject({
  confirm: z.string({ error: "Type the client's name to confirm" }),
});

export function confirmsName(typed: string, clientName: string): boolean {
  return clientNameKey(typed) === clientNameKey(clientName); // names compare as client names do
}
