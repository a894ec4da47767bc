// Request schemas and the public view of members (GET/PATCH /api/members…).
import { z } from "zod";
import type { ClientGrant, Role } from "@/lib/generated/prisma/enums";
import { assignmentFields, roleSchema } from "./assignment";

export const updateMemberSchema = z
  .strictObject({ role: roleSchema.optional(), ...assignmentFields })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "Nothing to change: send role, allClients, clientIds or clientGrants" });
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

export const memberIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** Owners and admins: always true. */
  allClients: boolean;
  clients: { id: string; name: string }[];
  clientGrants: ClientGrant[];
  joinedAt: string;
}

export const memberSelect = {
  id: true,
  role: true,
  allClients: true,
  clientGrants: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
  clients: { select: { client: { select: { id: true, name: true } } } },
} as const;

type MemberRow = {
  id: string;
  role: Role;
  allClients: boolean;
  clientGrants: ClientGrant[];
  createdAt: Date;
  user: { id: string; name: string; email: string };
  clients: { client: { id: string; name: string } }[];
};

export function memberView(row: MemberRow): MemberView {
  const everyClient = row.role === "owner" || row.role === "admin" || ((row.role === "member" || row.role === "viewer") && row.allClients);
  return {
    id: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    allClients: everyClient,
    clients: everyClient ? [] : row.clients.map(({ client }) => client).sort((a, b) => a.name.localeCompare(b.name)),
    clientGrants: row.role === "client_user" ? row.clientGrants : [],
    joinedAt: row.createdAt.toISOString(),
  };
}
