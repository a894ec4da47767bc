// The demo agency's team: one person in every role, so each view of the portal can be seen by
// signing in as them. Added on every demo start when missing (a person removed on the members page
// comes back next time; one whose role was changed keeps it), all with the demo password.
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { ClientGrant, Role } from "@/lib/generated/prisma/enums";
import { DEMO_CLIENTS, DEMO_USER } from "./accounts";

interface DemoPerson {
  name: string;
  email: string;
  role: Exclude<Role, "owner">;
  /** Names of the demo clients they are assigned to; none = every client (admins see all anyway). */
  clients?: readonly string[];
  grants?: readonly ClientGrant[];
  about: string;
}

const [PLUMBING, DENTAL, LAW_FIRM] = DEMO_CLIENTS.map((client) => client.name) as [string, string, string];

export const DEMO_TEAM: readonly DemoPerson[] = [
  { name: "Alex Admin", email: "admin@agency.test", role: "admin", about: "manages people, clients and keys; also owns Bluebird Media (switch agencies)" },
  { name: "Morgan Member", email: "member@agency.test", role: "member", clients: [PLUMBING, DENTAL], about: `works on ${PLUMBING} and ${DENTAL}` },
  { name: "Val Viewer", email: "viewer@agency.test", role: "viewer", clients: [LAW_FIRM], about: `read-only on ${LAW_FIRM}, callers masked` },
  {
    name: "Bea Brooklyn",
    email: "client@brooklyn-dental.test",
    role: "client_user",
    clients: [DENTAL],
    grants: ["view_calls", "view_usage", "view_agents", "edit_hours_faq"],
    about: `from ${DENTAL}: calls, usage, hours and FAQ`,
  },
];

/** A second agency the admin owns, so the agency switcher shows (it starts without clients). */
export const DEMO_SECOND_AGENCY = { name: "Bluebird Media", owner: "admin@agency.test" };

/** Roles whose callers' numbers the demo agency masks, to show what masking looks like. */
export const DEMO_MASKED_ROLES: readonly Role[] = ["viewer", "client_user"];

export async function seedDemoTeam(agencyId: string, freshAgency: boolean): Promise<void> {
  if (freshAgency) await db().agency.update({ where: { id: agencyId }, data: { maskCallersFor: [...DEMO_MASKED_ROLES] } });
  const clients = await db().clientAccount.findMany({ where: { agencyId }, select: { id: true, name: true } });
  const idOf = new Map(clients.map((client) => [client.name, client.id]));
  const passwordHash = await hashPassword(DEMO_USER.password);
  for (const person of DEMO_TEAM) {
    const user = await db().user.upsert({ where: { email: person.email }, update: {}, create: { email: person.email, name: person.name, passwordHash }, select: { id: true } });
    const existing = await db().membership.findUnique({ where: { agencyId_userId: { agencyId, userId: user.id } }, select: { id: true } });
    if (existing) continue;
    // Clients the person renamed or removed are simply not assigned.
    const clientIds = (person.clients ?? []).map((name) => idOf.get(name)).filter((id): id is string => id !== undefined);
    await db().membership.create({
      data: {
        agencyId,
        userId: user.id,
        role: person.role,
        allClients: person.clients === undefined,
        clientGrants: [...(person.grants ?? [])],
        clients: { create: clientIds.map((clientId) => ({ clientId, agencyId })) },
      },
    });
  }
  await seedSecondAgency(agencyId);
}

async function seedSecondAgency(demoAgencyId: string): Promise<void> {
  const owner = await db().user.findUnique({ where: { email: DEMO_SECOND_AGENCY.owner }, select: { id: true, memberships: { select: { agencyId: true } } } });
  if (!owner || owner.memberships.some((membership) => membership.agencyId !== demoAgencyId)) return;
  await db().agency.create({ data: { name: DEMO_SECOND_AGENCY.name, memberships: { create: { userId: owner.id, role: "owner" } } } });
}
