// Invitations: the request schemas (POST /api/invitations, POST /api/members {token}) and the view.
import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import type { ClientGrant, Role } from "@/lib/generated/prisma/enums";
import { assignmentFields, roleSchema } from "@/lib/members/assignment";

export const createInvitationSchema = z.strictObject({ email: emailSchema, role: roleSchema, ...assignmentFields });
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const invitationTokenSchema = z.string().trim().min(1, "Paste the invitation link's token").max(200, "This is not an invitation token");
export const acceptInvitationSchema = z.strictObject({ token: invitationTokenSchema });

export const invitationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  allClients: boolean;
  /** The invited clients that still exist (deleted ones are skipped on acceptance too). */
  clients: { id: string; name: string }[];
  clientGrants: ClientGrant[];
  invitedBy: { name: string; email: string } | null;
  createdAt: string;
  sentAt: string;
  expiresAt: string;
  status: "pending" | "expired";
}

export const invitationSelect = {
  id: true,
  email: true,
  role: true,
  allClients: true,
  clientIds: true,
  clientGrants: true,
  createdAt: true,
  sentAt: true,
  expiresAt: true,
  invitedBy: { select: { name: true, email: true } },
} as const;

type InvitationRow = {
  id: string;
  email: string;
  role: Role;
  allClients: boolean;
  clientIds: string[];
  clientGrants: ClientGrant[];
  createdAt: Date;
  sentAt: Date;
  expiresAt: Date;
  invitedBy: { name: string; email: string } | null;
};

export function invitationView(row: InvitationRow, clientNames: ReadonlyMap<string, string>, now = new Date()): InvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    allClients: row.role === "owner" || row.role === "admin" || row.allClients,
    clients: row.clientIds.flatMap((id) => (clientNames.has(id) ? [{ id, name: clientNames.get(id)! }] : [])),
    clientGrants: row.role === "client_user" ? row.clientGrants : [],
    invitedBy: row.invitedBy,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    status: row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending",
  };
}
