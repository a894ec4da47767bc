// Agent templates of an agency. Every query carries the agency id: another agency's template id
// behaves exactly like one that does not exist (404), for reads and writes alike.
import { ApiError, notFound } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { templateIdSchema, type TemplateConfig, type TemplateView, type UpdateTemplateInput } from "./template-schemas";

const templateSelect = {
  id: true,
  name: true,
  description: true,
  config: true,
  sourceClientId: true,
  sourceAgentId: true,
  sourceAgentName: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const satisfies Prisma.AgentTemplateSelect;

type TemplateRow = Prisma.AgentTemplateGetPayload<{ select: typeof templateSelect }>;

export interface NewTemplate {
  name: string;
  description?: string | null | undefined;
  config: TemplateConfig;
  source?: { clientId: string; agentId: string; agentName: string | null };
}

const missing = () => notFound("No such template");

const nameTaken = () =>
  new ApiError(409, "conflict", "A template with this name already exists", {
    fieldErrors: { name: ["You already have a template with this name"] },
  });

/** Client names for the "source" column, looked up inside the agency (a removed client shows none). */
async function clientNames(agencyId: string, rows: TemplateRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((row) => row.sourceClientId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const clients = await db().clientAccount.findMany({ where: { agencyId, id: { in: ids } }, select: { id: true, name: true } });
  return new Map(clients.map((client) => [client.id, client.name]));
}

function toView(row: TemplateRow, names: Map<string, string>): TemplateView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    // Only ever written after templateConfigSchema accepted it.
    config: row.config as unknown as TemplateConfig,
    source: {
      clientId: row.sourceClientId,
      clientName: row.sourceClientId ? (names.get(row.sourceClientId) ?? null) : null,
      agentId: row.sourceAgentId,
      agentName: row.sourceAgentName,
    },
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Case-insensitive, like client names: "Dental" and "dental" would be indistinguishable in a list. */
export async function assertNameFree(agencyId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await db().agentTemplate.findFirst({
    where: { agencyId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw nameTaken();
}

/** The unique index still decides when two requests race past assertNameFree. */
function uniqueViolation(error: unknown): ApiError | null {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? nameTaken() : null;
}

export async function listTemplates(agencyId: string): Promise<TemplateView[]> {
  const rows = await db().agentTemplate.findMany({ where: { agencyId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: templateSelect });
  const names = await clientNames(agencyId, rows);
  return rows.map((row) => toView(row, names));
}

export async function findTemplate(agencyId: string, templateId: string): Promise<TemplateView | null> {
  if (!templateIdSchema.safeParse(templateId).success) return null;
  const row = await db().agentTemplate.findFirst({ where: { id: templateId, agencyId }, select: templateSelect });
  return row ? toView(row, await clientNames(agencyId, [row])) : null;
}

export async function getTemplate(agencyId: string, templateId: string): Promise<TemplateView> {
  const template = await findTemplate(agencyId, templateId);
  if (!template) throw missing();
  return template;
}

export async function createTemplate(agencyId: string, createdById: string, input: NewTemplate): Promise<TemplateView> {
  await assertNameFree(agencyId, input.name);
  try {
    const row = await db().agentTemplate.create({
      data: {
        agencyId,
        createdById,
        name: input.name,
        description: input.description ?? null,
        config: input.config as Prisma.InputJsonValue,
        sourceClientId: input.source?.clientId ?? null,
        sourceAgentId: input.source?.agentId ?? null,
        sourceAgentName: input.source?.agentName ?? null,
      },
      select: templateSelect,
    });
    return toView(row, await clientNames(agencyId, [row]));
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
}

export async function updateTemplate(agencyId: string, templateId: string, input: UpdateTemplateInput): Promise<TemplateView> {
  if (!(await findTemplate(agencyId, templateId))) throw missing();
  if (input.name !== undefined) await assertNameFree(agencyId, input.name, templateId);
  const data: Prisma.AgentTemplateUpdateManyMutationInput = {};
  if (input.name !== undefined) data.name = input.name;
  if (input.description !== undefined) data.description = input.description;
  try {
    const { count } = await db().agentTemplate.updateMany({ where: { id: templateId, agencyId }, data });
    if (count === 0) throw missing();
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
  return getTemplate(agencyId, templateId);
}

export async function deleteTemplate(agencyId: string, templateId: string): Promise<void> {
  if (!templateIdSchema.safeParse(templateId).success) throw missing();
  const { count } = await db().agentTemplate.deleteMany({ where: { id: templateId, agencyId } });
  if (count === 0) throw missing();
}
