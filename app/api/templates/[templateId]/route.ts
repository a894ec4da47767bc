// GET    /api/templates/:templateId — one template of the agency (another agency's id: 404)
// PATCH  /api/templates/:templateId — rename and/or describe it: {name?, description?} (null clears the description)
// DELETE /api/templates/:templateId — forget it (agents made from it are not touched)
import { readJson } from "@/lib/api/body";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { noContent, ok } from "@/lib/api/respond";
import { deleteTemplate, getTemplate, updateTemplate } from "@/lib/templates/service";
import { updateTemplateSchema } from "@/lib/templates/template-schemas";

type Params = { templateId: string };

export const GET = withAgency<Params>(async ({ params, agency, access }) => {
  requirePermission({ access }, "template:read");
  return ok(await getTemplate(agency.id, params.templateId));
});

export const PATCH = withAgency<Params>(async ({ request, params, agency, access }) => {
  requirePermission({ access }, "template:manage");
  const input = await readJson(request, updateTemplateSchema);
  return ok(await updateTemplate(agency.id, params.templateId, input));
});

export const DELETE = withAgency<Params>(async ({ params, agency, access }) => {
  requirePermission({ access }, "template:manage");
  await deleteTemplate(agency.id, params.templateId);
  return noContent();
});

export const { POST, PUT } = otherMethods(["GET", "PATCH", "DELETE"]);
