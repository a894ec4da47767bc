// POST /api/invitations: invite someone by email with a role and their clients. Answers the link
// once (the token is not kept, only its hash) and mails it when SMTP is configured.
import { ApiError } from "@/lib/api/errors";
import type { Access } from "@/lib/auth/permissions";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyClientsOf, resolveAssignment } from "@/lib/members/assignment";
import { readableAccess } from "@/lib/members/audit-fields";
import { assertMayGrantRole } from "@/lib/members/role-rules";
import { sendInvitationMail, type MailOutcome } from "./mail";
import { invitationSelect, invitationView, type CreateInvitationInput, type InvitationView } from "./schemas";
import { invitationUrl, newInvitationToken } from "./token";

export interface IssuedInvitation {
  invitation: InvitationView;
  /** Shown once: only its hash is stored. */
  token: string;
  url: string;
  mail: MailOutcome;
}

/** 409 when the email already belongs to a member (nothing to invite them to). */
export async function assertNotMember(tx: Prisma.TransactionClient, agencyId: string, email: string): Promise<void> {
  const member = await tx.membership.findFirst({ where: { agencyId, user: { email } }, select: { id: true } });
  if (member) {
    throw new ApiError(409, "conflict", `${email} is already a member of this agency`, {
      fieldErrors: { email: ["This person is already a member. Change their role on the members list instead."] },
    });
  }
}

/** Serialises invitations of one email to one agency (two clicks on "Invite" make one invitation). */
export async function lockInvitee(tx: Prisma.TransactionClient, agencyId: string, email: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitation:${agencyId}:${email}`}))`;
}

export async function createInvitation(
  context: { agency: { id: string; name: string }; access: Access },
  actor: AuditActor,
  input: CreateInvitationInput,
  request: Request,
): Promise<IssuedInvitation> {
  const agencyId = context.agency.id;
  assertMayGrantRole(context.access, input.role);
  const assignment = resolveAssignment(input.role, input);
  const issued = newInvitationToken();
  const invitation = await db().$transaction(async (tx) => {
    await lockInvitee(tx, agencyId, input.email);
    await assertNotMember(tx, agencyId, input.email);
    const pending = await tx.invitation.findFirst({
      where: { agencyId, email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    if (pending) {
      throw new ApiError(409, "conflict", `${input.email} already has a pending invitation`, {
        fieldErrors: { email: ["This person already has a pending invitation. Re-send or revoke it below."] },
      });
    }
    const clients = await agencyClientsOf(tx, agencyId, assignment.clientIds);
    const row = await tx.invitation.create({
      data: {
        agencyId,
        email: input.email,
        role: assignment.role,
        allClients: assignment.allClients,
        clientIds: clients.map((client) => client.id),
        clientGrants: assignment.clientGrants,
        tokenHash: issued.tokenHash,
        invitedById: actor.userId,
        expiresAt: issued.expiresAt,
      },
      select: invitationSelect,
    });
    await recordAudit(
      actor,
      {
        action: "member.invite",
        target: { type: "invitation", id: row.id, name: input.email },
        details: { email: input.email, ...readableAccess({ ...assignment, clients }), expiresAt: issued.expiresAt.toISOString() },
      },
      tx,
    );
    return invitationView(row, new Map(clients.map((client) => [client.id, client.name])));
  });
  const url = invitationUrl(issued.token, request);
  const mail = await sendInvitationMail({ to: input.email, url, agencyName: context.agency.name, inviterName: actor.name, role: input.role, expiresAt: issued.expiresAt });
  return { invitation, token: issued.token, url, mail };
}
