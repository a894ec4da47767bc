// What the invitation tests share: an agency with two clients, another agency with one, and the
// calls they make over and over (invite and expect 201; read an invitation or a membership back).
import { db } from "@/lib/db/client";
import { expectOk } from "./expect";
import { memberApi } from "./member-routes";
import { api } from "./routes";
import { freshKey } from "./simulator";
import { createOwner, type TestUser } from "./users";

export interface InvitationWorld {
  owner: TestUser;
  outsider: TestUser;
  clientA: { id: string; name: string };
  clientB: { id: string; name: string };
  foreignClient: { id: string; name: string };
}

export async function addClient(user: TestUser, name: string) {
  const created = await api.createClient(user.cookie, { name, apiKey: freshKey("starter") });
  expectOk(created, 201);
  return { id: created.body.data.id as string, name };
}

/** For a test file's beforeAll. */
export async function buildInvitationWorld(): Promise<InvitationWorld> {
  const owner = await createOwner("inviter");
  const outsider = await createOwner("outsider");
  return {
    owner,
    outsider,
    clientA: await addClient(owner, "Acme Dental"),
    clientB: await addClient(owner, "Bravo Plumbing"),
    foreignClient: await addClient(outsider, "Outsider Client"),
  };
}

/** POST /api/invitations, expecting 201: the answer's data. */
export async function inviteAs(cookie: string, json: Record<string, unknown>) {
  const result = await memberApi.invite(cookie, json);
  expectOk(result, 201);
  return result.body.data as { invitation: { id: string; email: string; expiresAt: string }; token: string; url: string; mail: { sent: boolean } };
}

export const invitationRow = (id: string) => db().invitation.findUniqueOrThrow({ where: { id } });
export const membershipOf = (userId: string, agencyId: string) =>
  db().membership.findUnique({ where: { agencyId_userId: { agencyId, userId } }, include: { clients: true } });
