import { z } from "zod";
import { dataEnvelope, idSchema, isoCountrySchema } from "./common";

export const BUNDLE_STATUSES = [
  "draft",
  "pending-review",
  "in-review",
  "twilio-approved",
  "provisionally-approved",
  "rejected",
  "canceled",
] as const;

// ---------- requests (strict) ----------

const text = z.string().min(1);

export const businessComplianceSchema = z.strictObject({
  businessName: text.optional(),
  registrationAuthority: text.optional(),
  registrationNumber: text.optional(),
  website: text.optional(),
  businessStreet: text.optional(),
  businessCity: text.optional(),
  businessRegion: text.optional(),
  businessPostalCode: text.optional(),
  businessCountry: text.optional(),
  repFirstName: text.optional(),
  repLastName: text.optional(),
  repPhoneNumber: text.optional(),
  repEmail: text.optional(),
});

export const individualComplianceSchema = z.strictObject({
  firstName: text.optional(),
  lastName: text.optional(),
  email: text.optional(),
  phoneNumber: text.optional(),
  birthDate: text.optional(),
  individualStreet: text.optional(),
  individualCity: text.optional(),
  individualRegion: text.optional(),
  individualPostalCode: text.optional(),
  individualCountry: text.optional(),
});

// complianceType defaults to "business" upstream, so a missing type means business fields.
export const createBundleInputSchema = z.union([
  z.strictObject({
    isoCountryCode: isoCountrySchema,
    complianceType: z.literal("business").optional(),
    complianceData: businessComplianceSchema.optional(),
  }),
  z.strictObject({
    isoCountryCode: isoCountrySchema,
    complianceType: z.literal("individual"),
    complianceData: individualComplianceSchema.optional(),
  }),
]);
export type CreateBundleInput = z.input<typeof createBundleInputSchema>;

export type BundleFiles = { proofOfIdentity?: Blob; proofOfAddress?: Blob };

// ---------- responses (loose) ----------

export const regulatoryBundleSchema = z.looseObject({
  sid: idSchema,
  status: z.string().optional(), // see BUNDLE_STATUSES; tolerate new ones
  isoCountry: z.string().optional(),
  name: z.string().optional(),
});
export type RegulatoryBundle = z.output<typeof regulatoryBundleSchema>;

export const bundleListResponseSchema = dataEnvelope(z.looseObject({ bundles: z.array(regulatoryBundleSchema) }));
export const createBundleResponseSchema = z.looseObject({ success: z.boolean().optional(), bundleSid: idSchema });
export type CreatedBundle = { bundleSid: string };
