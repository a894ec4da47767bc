// The world the access matrix runs in: one agency with a person in every role and three kinds of
// client — one the assigned people are assigned to ("own"), one of the same agency they are not
// ("unassigned"), and another agency's ("foreign") — each with an agent, cached calls and a template.
import { db } from "@/lib/db/client";
import type { ClientGrant } from "@/lib/generated/prisma/enums";
import { syncClient } from "@/lib/transcripts/sync/run-client";
import type { Harness } from "../harness";
import { api } from "../routes";
import { freshKey } from "../simulator";
import { createMember, createOwner } from "../users";

export const SUBJECTS = ["owner", "admin", "member", "viewer", "client_user"] as const;
export type Subject = (typeof SUBJECTS)[number];
export const TARGETS = ["own", "unassigned", "foreign"] as const;
export type Target = (typeof TARGETS)[number];

/** What the matrix's client user may do on their client: everything but changing agents beyond hours/FAQ. */
export const MATRIX_CLIENT_GRANTS: ClientGrant[] = ["view_calls", "view_usage", "view_agents", "edit_hours_faq"];

export interface TargetClient {
  id: string;
  name: string;
  key: string;
  agencyId: string;
  agentId: string;
  transcriptId: string;
  templateId: string;
}

export interface World {
  harness: Harness;
  cookies: Record<Subject, string>;
  userIds: Record<Subject, string>;
  agency: { id: string; name: string };
  outsider: { agency: { id: string; name: string }; cookie: string; userId: string };
  clients: Record<Target, TargetClient>;
}

const TEMPLATE_CONFIG = {
  business_name: "Matrix Co",
  agent_name: "Reception",
  voice_id: "f5HLTX707KIM4SzJYzSz",
  greeting: "Hello from the matrix",
  system_prompt: "Answer politely.",
};

async function addClient(cookie: string, agencyId: string, name: string, label: string): Promise<TargetClient> {
  const key = freshKey("enterprise", label);
  const created = await api.createClient(cookie, { name, apiKey: key });
  if (created.status !== 201) throw new Error(`matrix: creating ${name} failed: ${created.text}`);
  const id = created.body.data.id as string;
  const agents = await api.listAgents(cookie, id);
  const agentId = agents.body.data[0].id as string;
  // Two saves: the agent has a history (a baseline and two versions) for the version routes.
  for (const greeting of ["Hello from the matrix", "Hello again from the matrix"]) {
    const saved = await api.updateAgent(cookie, id, agentId, { greeting });
    if (saved.status !== 200) throw new Error(`matrix: editing ${name}'s agent failed: ${saved.text}`);
  }
  await syncClient(agencyId, id);
  const transcript = await db().transcript.findFirst({ where: { clientId: id }, select: { id: true } });
  if (!transcript) throw new Error(`matrix: ${name} has no cached calls`);
  const template = await db().agentTemplate.create({ data: { agencyId, name: `${name} template`, config: TEMPLATE_CONFIG }, select: { id: true } });
  return { id, name, key, agencyId, agentId, transcriptId: transcript.id, templateId: template.id };
}

export async function buildWorld(harness: Harness): Promise<World> {
  await harness.sim.setConfig({ transcriptsPerAgent: 3 });
  const owner = await createOwner("matrix");
  const outsider = await createOwner("matrix-outsider");
  const own = await addClient(owner.cookie, owner.agency.id, "Own Dental", "own");
  const unassigned = await addClient(owner.cookie, owner.agency.id, "Unassigned Plumbing", "unassigned");
  const foreign = await addClient(outsider.cookie, outsider.agency.id, "Foreign Vets", "foreign");
  const admin = await createMember(owner.agency, "admin");
  const member = await createMember(owner.agency, "member", "member", { clientIds: [own.id] });
  const viewer = await createMember(owner.agency, "viewer", "viewer", { clientIds: [own.id] });
  const clientUser = await createMember(owner.agency, "client_user", "client_user", { clientIds: [own.id], clientGrants: MATRIX_CLIENT_GRANTS });
  return {
    harness,
    cookies: { owner: owner.cookie, admin: admin.cookie, member: member.cookie, viewer: viewer.cookie, client_user: clientUser.cookie },
    userIds: { owner: owner.user.id, admin: admin.user.id, member: member.user.id, viewer: viewer.user.id, client_user: clientUser.user.id },
    agency: owner.agency,
    outsider: { agency: outsider.agency, cookie: outsider.cookie, userId: outsider.user.id },
    clients: { own, unassigned, foreign },
  };
}

/** A client made for one allowed destructive case (deleting it, or its account), in the target's agency. */
export async function spareClient(world: World, target: Target, label: string): Promise<TargetClient> {
  const cookie = target === "foreign" ? world.outsider.cookie : world.cookies.owner;
  const agencyId = target === "foreign" ? world.outsider.agency.id : world.agency.id;
  return addClient(cookie, agencyId, `Spare ${label} ${Math.random().toString(36).slice(2, 8)}`, "spare");
}

/** A fresh agent on a target's client (for deleting it, or giving it a number). */
export async function spareAgent(world: World, client: TargetClient): Promise<string> {
  const cookie = client.agencyId === world.agency.id ? world.cookies.owner : world.outsider.cookie;
  const created = await api.createAgent(cookie, client.id, { ...TEMPLATE_CONFIG, agent_name: `Spare ${Math.random().toString(36).slice(2, 8)}` });
  if (created.status !== 201) throw new Error(`matrix: spare agent failed: ${created.text}`);
  return created.body.data.id as string;
}

/** An available number for one of the target's agents. */
export async function availableNumber(world: World, client: TargetClient, index: number): Promise<string> {
  const cookie = client.agencyId === world.agency.id ? world.cookies.owner : world.outsider.cookie;
  const found = await api.searchNumbers(cookie, client.id, "?country=US&pageSize=20");
  return found.body.data.numbers[index % 20].phoneNumber as string;
}

/** The agency a target belongs to (its people, invitations and tokens). */
export function agencyOfTarget(world: World, target: Target): string {
  return target === "foreign" ? world.outsider.agency.id : world.agency.id;
}

/** A viewer of the target's agency, for changing or removing. */
export async function spareMembership(world: World, target: Target): Promise<string> {
  const suffix = Math.random().toString(36).slice(2, 10);
  const user = await db().user.create({ data: { email: `spare-${suffix}@matrix.test`, name: `Spare ${suffix}`, passwordHash: "unused" }, select: { id: true } });
  const membership = await db().membership.create({ data: { agencyId: agencyOfTarget(world, target), userId: user.id, role: "viewer", allClients: true }, select: { id: true } });
  return membership.id;
}

/** A pending invitation of the target's agency. */
export async function spareInvitation(world: World, target: Target): Promise<string> {
  const suffix = Math.random().toString(36).slice(2, 10);
  const invitation = await db().invitation.create({
    data: { agencyId: agencyOfTarget(world, target), email: `invitee-${suffix}@matrix.test`, role: "viewer", allClients: true, tokenHash: `matrix-${suffix}`, expiresAt: new Date(Date.now() + 86_400_000) },
    select: { id: true },
  });
  return invitation.id;
}

/** An API token of the subject (own target) or of the other agency's owner (foreign). */
export async function spareToken(world: World, subject: Subject, target: Target): Promise<string> {
  const suffix = Math.random().toString(36).slice(2, 10);
  const foreign = target === "foreign";
  const token = await db().apiToken.create({
    data: {
      agencyId: agencyOfTarget(world, target),
      userId: foreign ? world.outsider.userId : world.userIds[subject],
      name: `Matrix ${suffix}`,
      prefix: `occ_${suffix}`,
      tokenHash: `matrix-${suffix}`,
      role: foreign ? "owner" : subject,
    },
    select: { id: true },
  });
  return token.id;
}

export { TEMPLATE_CONFIG };
