// Bodies of the bulk agent routes: which agents (of any of the agency's clients) and one change.
// Every field rule is the agent body's own (createAgentBodySchema, businessHoursSchema), so a bulk
// change refuses exactly what the agent editor refuses. Phone numbers are typed once for agents of
// clients in different countries, so they stay raw here and are normalised per client
// (resolveChangeForCountry) before anything is sent.
import { z } from "zod";
import { createAgentBodySchema } from "@/lib/agents/agent-schemas";
import { businessHoursSchema } from "@/lib/agents/business-hours";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { phoneNumberSchema } from "@/lib/phone/schemas";

export const BULK_TARGETS_MAX = 200;
export const BULK_BODY_LIMIT_BYTES = 1024 * 1024; // 200 FAQ entries of the longest kind fit

// The agent body's field rules; none of the fields used here depends on the country.
const agentField = createAgentBodySchema("US").shape;

// Any client id is accepted here: one that is malformed, unknown or another agency's becomes that
// target's "not found", exactly like an id in a /api/clients/{id} path.
const targetFields = {
  clientId: z.string().min(1, "Give the client id").max(200, "Not a client id"),
  agentId: agentIdParamsSchema.shape.agentId,
};
const previewTargetSchema = z.strictObject(targetFields);
const applyTargetSchema = z.strictObject({
  ...targetFields,
  // The agent's updated_at the preview saw: an agent changed since is reported, not overwritten.
  updatedAt: z.string().min(1).max(64).optional(),
});

function targetsOf<T extends z.ZodType<{ clientId: string; agentId: string }>>(target: T) {
  return z
    .array(target)
    .min(1, "Choose at least one agent")
    .max(BULK_TARGETS_MAX, `Choose at most ${BULK_TARGETS_MAX} agents at a time`)
    .superRefine((targets, ctx) => {
      const seen = new Set<string>();
      targets.forEach(({ clientId, agentId }, index) => {
        const key = JSON.stringify([clientId, agentId]);
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index], message: "This agent is listed twice" });
        seen.add(key);
      });
    });
}

const rawNumber = z.string().trim().min(1, "Enter a phone number").max(40, "That is too long to be a phone number");

export const FAQ_MODES = ["replace", "append"] as const;

export const bulkChangeSchema = z.discriminatedUnion(
  "field",
  [
    z.strictObject({ field: z.literal("business_hours"), business_hours: businessHoursSchema }),
    z.strictObject({ field: z.literal("greeting"), greeting: agentField.greeting }),
    z
      .strictObject({ field: z.literal("faq"), mode: z.enum(FAQ_MODES, { error: "Choose replace or append" }), faq: agentField.faq.unwrap() })
      .refine((change) => change.mode === "replace" || change.faq.length > 0, { path: ["faq"], message: "Add at least one question to append" }),
    z.strictObject({
      field: z.literal("escalation_policy"),
      escalation_policy: agentField.escalation_policy.unwrap(),
      forwarding_number: rawNumber.optional(),
      escalation_number: rawNumber.optional(),
    }),
    z.strictObject({ field: z.literal("voice_id"), voice_id: agentField.voice_id }),
  ],
  { error: "Choose what to change: business_hours, greeting, faq, escalation_policy or voice_id" },
);
export type BulkChange = z.output<typeof bulkChangeSchema>;
export type BulkField = BulkChange["field"];

export const bulkPreviewBodySchema = z.strictObject({ targets: targetsOf(previewTargetSchema), change: bulkChangeSchema });
export const bulkApplyBodySchema = z.strictObject({ targets: targetsOf(applyTargetSchema), change: bulkChangeSchema });
export type BulkPreviewBody = z.output<typeof bulkPreviewBodySchema>;
export type BulkApplyBody = z.output<typeof bulkApplyBodySchema>;

export type NumberField = "forwarding_number" | "escalation_number";

/**
 * The change as it is sent for a client in `country`: typed numbers → E.164 with that country as
 * the default region. A number that means nothing there is an error on the field, per country.
 */
export function resolveChangeForCountry(change: BulkChange, country: string): { ok: true; change: BulkChange } | { ok: false; field: NumberField; message: string } {
  if (change.field !== "escalation_policy") return { ok: true, change };
  const resolved = { ...change };
  for (const field of ["forwarding_number", "escalation_number"] as const) {
    const typed = change[field];
    if (typed === undefined) continue;
    const parsed = phoneNumberSchema(country).safeParse(typed);
    if (!parsed.success) return { ok: false, field, message: parsed.error.issues[0]?.message ?? "Not a valid phone number" };
    resolved[field] = parsed.data;
  }
  return { ok: true, change: resolved };
}
