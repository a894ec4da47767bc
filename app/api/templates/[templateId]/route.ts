// GET    /api/templates/:templateId — one template of the agency (another agency's id: 404)
// PATCH  /api/templates/:templateId — rename and/or describe it: {name?, description?} (null clears the description)
// DELETE /api/templates/:templateId — forget it (agents made from it are not touched)
import { readJson } from "@/lib/api/body";
import { actorOf, fieldChanges, recordAudit } from "@/lib/audit/record";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { noContent, ok } from "@/lib/api/respond";
import { deleteTemplate, getTemplate, updateTemplate } from "@/lib/templates/service";
import type { TemplateView } from "@/lib/templates/template-schemas";
import { updateTemplateSchema } from "@/lib/templates/template-schemas";

type Params = { templateId: string };

export const GET = withAgency<Params>(async ({ params, agency, access }) => {
  requirePermission({ access }, "template:read");
  return ok(await getTemplate(agency.id, params.templateId));
});

const targetOf = (template: TemplateView) => ({ type: "template", id: template.id, name: template.name });

export const PATCH = withAgency<Params>(async (args) => {
  const { request, params, agency, access } = args;
  requirePermission({ access }, "template:manage");
  const input = await readJson(request, updateTemplateSchema);
  // Read first for the log's "from" values (and the 404 of an unknown id, before any write).
  const before = await getTemplate(agency.id, params.templateId);
  const after = await updateTemplate(agency.id, params.templateId, input);
  const changes = fieldChanges(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>, ["name", "description"]);
  if (changes.length > 0) await recordAudit(actorOf(args), { action: "template.update", target: targetOf(after), changes });
  return ok(after);
});

export const DELETE = withAgency<Params>(async (args) => {
  const { params, agency, access } = args;
  requirePermission({ access }, "template:manage");
  const template = await getTemplate(agency.id, params.templateId);
  await deleteTemplate(agency.id, params.templateId);
  await recordAudit(actorOf(args), { action: "template.delete", target: targetOf(template) });
  return noContent();
});

export const { POST, PUT } = otherMethods(["GET", "PATCH", "DELETE"]);
