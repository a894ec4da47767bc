// GET  /api/templates — the agency's agent templates, newest first
// POST /api/templates — save one: {name, description?, clientId, agentId} (read from that agent) or {name, description?, config}
import { parseWith, readJson } from "@/lib/api/body";
import { recordTemplateCreated } from "@/lib/audit/template-events";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { saveAgentAsTemplate } from "@/lib/templates/save-from-agent";
import { createTemplate, listTemplates } from "@/lib/templates/service";
import { createFromAgentSchema, createFromConfigSchema, givesConfig } from "@/lib/templates/template-schemas";
import { z } from "zod";

// A config carries a whole system prompt and FAQ: the same cap as agent bodies.
const TEMPLATE_BODY_LIMIT = 256 * 1024;

export const GET = withAgency(async ({ agency, access }) => {
  requirePermission({ access }, "template:read");
  return ok(await listTemplates(agency.id));
});

export const POST = withAgency(async (args) => {
  const { request, agency, access, user } = args;
  requirePermission({ access }, "template:manage");
  const body = await readJson(request, z.unknown(), TEMPLATE_BODY_LIMIT);
  const template = givesConfig(body)
    ? await createTemplate(agency.id, user.id, parseWith(createFromConfigSchema, body))
    : await saveAgentAsTemplate({ agency, access }, user.id, parseWith(createFromAgentSchema, body));
  await recordTemplateCreated(args, template);
  return ok(template, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
