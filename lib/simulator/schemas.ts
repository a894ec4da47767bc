// Request-body schemas. z.strictObject everywhere: an unknown field is a portal bug, so it is a 400.
import { z } from "zod";
import { BUNDLE_STATUSES, ESCALATION_POLICIES, WEEK_DAYS } from "./types";
import { VOICE_IDS } from "./voices";

const E164 = /^\+[1-9]\d{6,14}$/;
const e164 = z.string().regex(E164, "must be an E.164 phone number such as +14155551234");
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time "HH:MM"');

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const dayHours = z.strictObject({ open: hhmm, close: hhmm, enabled: z.boolean() });
const schedule = z.strictObject(Object.fromEntries(WEEK_DAYS.map((d) => [d, dayHours.optional()])) as Record<
  (typeof WEEK_DAYS)[number], z.ZodOptional<typeof dayHours>
>);

export const businessHoursSchema = z.strictObject({
  enabled: z.boolean(),
  timezone: z.string().refine(isTimeZone, "must be an IANA time zone such as America/New_York"),
  schedule,
});

const agentFields = {
  business_name: text(200),
  agent_name: text(100),
  voice_id: z.string().refine((v) => VOICE_IDS.has(v), "is not a known voice (see GET /voices)"),
  greeting: text(1000),
  system_prompt: text(20_000),
  forwarding_number: e164.nullable(),
  escalation_number: e164.nullable(),
  escalation_policy: z.enum(ESCALATION_POLICIES),
  business_hours: businessHoursSchema,
  faq: z.array(z.strictObject({ question: text(500), answer: text(2000) })).max(100),
  voice_settings: z.strictObject({ personality: z.string().max(100).optional(), name: z.string().max(100).optional() }),
  functions_enabled: z.array(text(50)).max(20),
};

export const createAgentSchema = z.strictObject({
  business_name: agentFields.business_name,
  agent_name: agentFields.agent_name,
  voice_id: agentFields.voice_id,
  greeting: agentFields.greeting,
  system_prompt: agentFields.system_prompt,
  forwarding_number: agentFields.forwarding_number.optional(),
  escalation_number: agentFields.escalation_number.optional(),
  escalation_policy: agentFields.escalation_policy.optional(),
  business_hours: agentFields.business_hours.optional(),
  faq: agentFields.faq.optional(),
  voice_settings: agentFields.voice_settings.optional(),
  functions_enabled: agentFields.functions_enabled.optional(),
});
export const updateAgentSchema = createAgentSchema.partial();
export type UpdateAgentInput = z.infer<typeof updateAgentSchema>;

/** Fields the API owns. Sending them is answered with "is read-only" rather than "unknown". */
export const AGENT_READ_ONLY = ["id", "status", "phone_number", "phone_number_sid", "created_at", "updated_at"] as const;

export const assignPhoneSchema = z.strictObject({ requestedNumber: e164 });

export const emailFunctionSchema = z.strictObject({
  enabled: z.boolean(),
  params: z.strictObject({
    permitted_recipients: z.array(
      z.string().regex(/^([^\s@]+)?@[^\s@]+\.[^\s@]+$/, 'must be an email address or a domain such as "@example.com"'),
    ),
  }),
});

export const updateUserSchema = z.strictObject({
  firstName: text(100).optional(),
  lastName: text(100).optional(),
  company: text(200).optional(),
  timezone: z.string().refine(isTimeZone, "must be an IANA time zone such as America/New_York").optional(),
  personalPhoneNumber: e164.optional(),
  emailNotifications: z.boolean().optional(),
  callNotifications: z.boolean().optional(),
  weeklyReports: z.boolean().optional(),
});
export const USER_READ_ONLY = ["email"] as const;

const optText = z.string().trim().min(1).max(300).optional();
export const businessComplianceSchema = z.strictObject({
  businessName: optText, registrationAuthority: optText, registrationNumber: optText, website: optText,
  businessStreet: optText, businessCity: optText, businessRegion: optText, businessPostalCode: optText, businessCountry: optText,
  repFirstName: optText, repLastName: optText, repPhoneNumber: e164.optional(), repEmail: z.email().optional(),
});
export const individualComplianceSchema = z.strictObject({
  firstName: optText, lastName: optText, email: z.email().optional(), phoneNumber: e164.optional(),
  birthDate: z.iso.date().optional(),
  individualStreet: optText, individualCity: optText, individualRegion: optText, individualPostalCode: optText, individualCountry: optText,
});

export const createBundleSchema = z.strictObject({
  isoCountryCode: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter upper-case ISO country code such as "GB"'),
  complianceType: z.enum(["business", "individual"]).optional(),
  complianceData: z.record(z.string(), z.unknown()).optional(),
});

export const bundleStatusSchema = z.strictObject({ status: z.enum(BUNDLE_STATUSES) });
