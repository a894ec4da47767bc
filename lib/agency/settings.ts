// Agency-wide settings (agency:update): for now, which roles see callers' numbers masked.
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";

export const updateAgencySchema = z.strictObject({
  maskCallersFor: z
    .array(z.enum(Role, { error: `Each role is one of ${Object.values(Role).join(", ")}` }), { error: "A list of roles" })
    .max(Object.values(Role).length),
});
export type UpdateAgencyInput = z.output<typeof updateAgencySchema>;

export interface AgencySettings {
  id: string;
  name: string;
  maskCallersFor: Role[];
}

/** Roles in their usual order, each once (the order people read them in on the page). */
const ROLE_ORDER: readonly Role[] = ["owner", "admin", "member", "viewer", "client_user"];
const normalised = (roles: readonly Role[]) => ROLE_ORDER.filter((role) => roles.includes(role));

export async function getAgencySettings(agencyId: string): Promise<AgencySettings> {
  const agency = await db().agency.findUnique({ where: { id: agencyId }, select: { id: true, name: true, maskCallersFor: true } });
  if (!agency) throw notFound("No such agency");
  return { ...agency, maskCallersFor: normalised(agency.maskCallersFor) };
}

export async function updateAgencySettings(agencyId: string, input: UpdateAgencyInput): Promise<{ before: AgencySettings; after: AgencySettings }> {
  const before = await getAgencySettings(agencyId);
  await db().agency.updateMany({ where: { id: agencyId }, data: { maskCallersFor: normalised(input.maskCallersFor) } });
  return { before, after: await getAgencySettings(agencyId) };
}
