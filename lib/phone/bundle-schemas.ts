// Regulatory bundles: the reference's create body, with the compliance fields checked per
// complianceType (business, the default, or individual — each type's fields only), emails and
// dates validated, and phone numbers normalized to E.164 with the client's country.
import { z } from "zod";
import type { CreateBundleInput } from "@/lib/oncallclerk";
import { phoneNumberSchema } from "./schemas";
import { isoCountryParamSchema } from "./search-schemas";

const text = (label: string, max = 300) => z.string().trim().min(1, `Enter ${label}`).max(max, `Keep ${label} under ${max} characters`).optional();
const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")).optional();

const website = z
  .string()
  .trim()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
      return /^[^.]+(\.[^.]+)+$/.test(url.hostname);
    } catch {
      return false;
    }
  }, "Enter a web address such as example.com")
  .optional();

const birthDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= "1900-01-01" && date.getTime() < Date.now();
  }, "Enter a real date of birth in the past")
  .optional();

export function businessComplianceBodySchema(country: string) {
  return z.strictObject({
    businessName: text("the business name"),
    registrationAuthority: text("the registration authority"),
    registrationNumber: text("the registration number", 100),
    website,
    businessStreet: text("the street"),
    businessCity: text("the city"),
    businessRegion: text("the region"),
    businessPostalCode: text("the postal code", 20),
    businessCountry: text("the country", 100),
    repFirstName: text("the representative's first name", 100),
    repLastName: text("the representative's last name", 100),
    repPhoneNumber: phoneNumberSchema(country).optional(),
    repEmail: email,
  });
}

export function individualComplianceBodySchema(country: string) {
  return z.strictObject({
    firstName: text("the first name", 100),
    lastName: text("the last name", 100),
    email,
    phoneNumber: phoneNumberSchema(country).optional(),
    birthDate,
    individualStreet: text("the street"),
    individualCity: text("the city"),
    individualRegion: text("the region"),
    individualPostalCode: text("the postal code", 20),
    individualCountry: text("the country", 100),
  });
}

type Ctx = z.core.$RefinementCtx;

/** Parses complianceData with its type's schema; problems are reported under "complianceData.<field>". */
function complianceData<S extends z.ZodType>(schema: S, raw: unknown, label: string, ctx: Ctx): { ok: true; data: z.output<S> | undefined } | { ok: false } {
  if (raw === undefined) return { ok: true, data: undefined };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  for (const issue of parsed.error.issues) {
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    const message = issue.code === "unrecognized_keys" ? `Not a field of ${label} bundle` : issue.message;
    for (const path of paths) ctx.addIssue({ code: "custom", message, path: ["complianceData", ...path] });
  }
  return { ok: false };
}

/** The create body (without the documents), ready for OnCallClerk. */
export function createBundleBodySchema(country: string) {
  return z
    .strictObject({
      isoCountryCode: isoCountryParamSchema,
      complianceType: z.enum(["business", "individual"], { error: "Choose business or individual" }).optional(),
      complianceData: z.unknown().optional(),
    })
    .transform((value, ctx): CreateBundleInput => {
      const { isoCountryCode } = value;
      if (value.complianceType === "individual") {
        const data = complianceData(individualComplianceBodySchema(country), value.complianceData, "an individual", ctx);
        if (!data.ok) return z.NEVER;
        return { isoCountryCode, complianceType: "individual", ...(data.data ? { complianceData: data.data } : {}) };
      }
      // complianceType defaults to "business" upstream; we send it explicitly.
      const data = complianceData(businessComplianceBodySchema(country), value.complianceData, "a business", ctx);
      if (!data.ok) return z.NEVER;
      return { isoCountryCode, complianceType: "business", ...(data.data ? { complianceData: data.data } : {}) };
    });
}
export type CreateBundleBody = z.output<ReturnType<typeof createBundleBodySchema>>;
