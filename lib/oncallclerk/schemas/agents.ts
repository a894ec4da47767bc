import { z } from "zod";
import { dataEnvelope, e164Schema, idSchema, timezoneSchema } from "./common";

export const ESCALATION_POLICIES = ["never", "complex", "requested", "always"] as const;
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

// ---------- requests (strict) ----------

const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected "HH:MM" (24-hour)');

export const daySchema = z.strictObject({ open: clockSchema, close: clockSchema, enabled: z.boolean() });

export const businessHoursInputSchema = z.strictObject({
  enabled: z.boolean(), // false = 24/7 ("24/7 mode" in the vendor dashboard)
  timezone: timezoneSchema,
  schedule: z.strictObject({
    monday: daySchema,
    tuesday: daySchema,
    wednesday: daySchema,
    thursday: daySchema,
    friday: daySchema,
    saturday: daySchema,
    sunday: daySchema,
  }),
});

export const faqInputSchema = z.strictObject({ question: z.string().min(1), answer: z.string().min(1) });

export const voiceSettingsInputSchema = z.strictObject({
  personality: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
});

// Exactly the Create Agent body of the reference; id/status/phone_number/timestamps are read-only.
export const createAgentInputSchema = z.strictObject({
  business_name: z.string().min(1),
  agent_name: z.string().min(1),
  voice_id: idSchema,
  greeting: z.string().min(1),
  system_prompt: z.string().min(1),
  forwarding_number: e164Schema.optional(),
  escalation_number: e164Schema.optional(),
  escalation_policy: z.enum(ESCALATION_POLICIES).optional(),
  business_hours: businessHoursInputSchema.optional(),
  faq: z.array(faqInputSchema).optional(),
  voice_settings: voiceSettingsInputSchema.optional(),
  functions_enabled: z.array(z.string().min(1)).optional(),
});
export type CreateAgentInput = z.input<typeof createAgentInputSchema>;

export const updateAgentInputSchema = createAgentInputSchema
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Give at least one field to update");
export type UpdateAgentInput = z.input<typeof updateAgentInputSchema>;

export const assignPhoneNumberInputSchema = z.strictObject({ requestedNumber: e164Schema });
export type AssignPhoneNumberInput = z.input<typeof assignPhoneNumberInputSchema>;

// "james@example.com" or a whole domain "@example.com".
const recipientSchema = z
  .string()
  .regex(/^([^\s@]+)?@[^\s@]+\.[^\s@]+$/, "Expected an email address or @domain");

export const emailFunctionInputSchema = z.strictObject({
  enabled: z.boolean(),
  params: z.strictObject({ permitted_recipients: z.array(recipientSchema) }),
});
export type EmailFunctionInput = z.input<typeof emailFunctionInputSchema>;

// ---------- responses (loose) ----------

const nullableString = z.string().nullish();

export const businessHoursSchema = z.looseObject({
  enabled: z.boolean().optional(),
  timezone: z.string().optional(),
  schedule: z
    .record(z.string(), z.looseObject({ open: z.string().optional(), close: z.string().optional(), enabled: z.boolean().optional() }))
    .optional(),
});

// Only `id` is required: list items, the create envelope and the update envelope all carry a
// subset of the fields, so everything else may be missing.
export const agentSchema = z.looseObject({
  id: idSchema,
  business_name: z.string().optional(),
  agent_name: z.string().optional(),
  phone_number: nullableString,
  phone_number_sid: nullableString,
  voice_id: z.string().optional(),
  greeting: z.string().optional(),
  system_prompt: z.string().optional(),
  voice_settings: z.looseObject({ personality: nullableString, name: nullableString }).nullish(),
  // string[] per the reference, `true` in the vendor's HTML example: see normalizeFunctionsEnabled.
  functions_enabled: z.union([z.array(z.string()), z.boolean()]).nullish(),
  forwarding_number: nullableString,
  escalation_number: nullableString,
  escalation_policy: z.string().optional(), // never|complex|requested|always today; tolerate more
  business_hours: businessHoursSchema.nullish(),
  faq: z.array(z.looseObject({ question: z.string(), answer: z.string() })).nullish(),
  status: z.string().optional(), // active|inactive|suspended today
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
});
export type Agent = z.output<typeof agentSchema>;
/** The partial agent returned by create (`{success, agent}`). */
export type CreatedAgent = Agent;
/** Only the changed fields plus `updated_at` (`{success, updatedAgent}`). */
export type UpdatedAgent = Agent;

export const agentListResponseSchema = dataEnvelope(z.array(agentSchema));
export const agentResponseSchema = dataEnvelope(agentSchema);
export const createAgentResponseSchema = z.looseObject({ success: z.boolean().optional(), agent: agentSchema });
export const updateAgentResponseSchema = z.looseObject({ success: z.boolean().optional(), updatedAgent: agentSchema });

// Undocumented response: accept `{data: {...}}`, `{agent: {...}}` or a bare `{success}`.
export const assignPhoneNumberResponseSchema = z.looseObject({
  success: z.boolean().optional(),
  data: z.looseObject({ phone_number: nullableString, phoneNumber: nullableString, phone_number_sid: nullableString }).nullish(),
  agent: agentSchema.nullish(),
});
export type AssignedPhoneNumber = { phoneNumber: string; phoneNumberSid: string | null; agent: Agent | null };
