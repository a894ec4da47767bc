// Agent templates: an agency's saved agent configurations. The config is the create-agent body of
// lib/agents/agent-schemas.ts without what belongs to one agent (business and agent name) — the
// same field schemas, so a stored config is always a valid, strict create request once the names
// are added. Names are unique per agency regardless of case (lib/templates/service.ts).
import { z } from "zod";
import { createAgentBodySchema } from "@/lib/agents/agent-schemas";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { AGENT_SETTING_FIELDS } from "@/lib/agents/versions/fields";
import { clientIdSchema } from "@/lib/clients/schemas";
import { phoneNumberSchema } from "@/lib/phone/schemas";
import { visibleText } from "@/lib/validation";
import { TEMPLATE_DESCRIPTION_MAX, TEMPLATE_NAME_MAX } from "./limits";

export { TEMPLATE_DESCRIPTION_MAX, TEMPLATE_NAME_MAX };

/** The create-agent fields a template keeps, in the order the UI lists them (an agent version keeps these and the names). */
export const TEMPLATE_CONFIG_FIELDS = AGENT_SETTING_FIELDS;

// A template belongs to no client, so no country can say what a national number means: stored
// numbers are international (+…), and the client's own normalisation is not involved.
const internationalNumber = z
  .string({ error: "Enter a phone number" })
  .trim()
  .regex(/^\+/, "Type the number in international form, starting with + and the country code")
  .pipe(phoneNumberSchema("US"));

export const templateConfigSchema = createAgentBodySchema("US")
  .omit({ business_name: true, agent_name: true })
  .extend({ forwarding_number: internationalNumber.optional(), escalation_number: internationalNumber.optional() });
export type TemplateConfig = z.output<typeof templateConfigSchema>;

const templateName = visibleText("a template name", TEMPLATE_NAME_MAX);
// Descriptions are free text (line breaks allowed); "" clears it.
const templateDescription = z
  .string()
  .trim()
  .max(TEMPLATE_DESCRIPTION_MAX, `Keep the description under ${TEMPLATE_DESCRIPTION_MAX} characters`)
  .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\p{Cf}]*$/u, "Remove control or invisible characters")
  .transform((value) => (value === "" ? null : value));

/** `POST /api/templates` from an existing agent: its config is read from OnCallClerk. */
export const createFromAgentSchema = z.strictObject({
  name: templateName,
  description: templateDescription.optional(),
  clientId: clientIdSchema,
  agentId: agentIdParamsSchema.shape.agentId,
});

/** `POST /api/templates` with a config given directly (scripts, copies between agencies). */
export const createFromConfigSchema = z.strictObject({
  name: templateName,
  description: templateDescription.optional(),
  config: templateConfigSchema,
});

/**
 * `POST /api/templates` takes one of two shapes: with `config` it is saved as given, otherwise it
 * names an agent. Chosen up front rather than with z.union, so a bad body gets per-field errors
 * for the shape it meant.
 */
export function givesConfig(body: unknown): boolean {
  return typeof body === "object" && body !== null && Object.hasOwn(body, "config");
}
export type CreateFromAgentInput = z.output<typeof createFromAgentSchema>;
export type CreateFromConfigInput = z.output<typeof createFromConfigSchema>;

export const updateTemplateSchema = z
  .strictObject({ name: templateName.optional(), description: templateDescription.nullable().optional() })
  .refine((value) => value.name !== undefined || value.description !== undefined, "Change the name or the description");
export type UpdateTemplateInput = z.output<typeof updateTemplateSchema>;

// Our ids are cuids; anything else cannot be a template of ours (and never reaches the database).
export const templateIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export interface TemplateView {
  id: string;
  name: string;
  description: string | null;
  config: TemplateConfig;
  source: { clientId: string | null; clientName: string | null; agentId: string | null; agentName: string | null };
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
}
