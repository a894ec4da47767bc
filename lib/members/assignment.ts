// What a membership (or an invitation, which becomes one) gives access to: a role; for members and
// viewers every client or a list of them; for a client user exactly one client and the grants the
// agency chose. Shared by POST /api/invitations and PATCH /api/members/{id}, so both refuse the same
// shapes with the same words.
import { z } from "zod";
import { validationError, type FieldErrors } from "@/lib/api/errors";
import { DEFAULT_CLIENT_GRANTS } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientGrant, Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["owner", "admin", "member", "viewer", "client_user"] as const satisfies readonly Role[];
export const CLIENT_GRANTS = ["view_calls", "view_usage", "view_agents", "edit_hours_faq", "edit_agents"] as const satisfies readonly ClientGrant[];

// The shape of our client ids (lib/clients/schemas.ts clientIdSchema).
const CLIENT_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export const roleSchema = z.enum(ROLES, { message: "Choose a role: owner, admin, member, viewer or client_user" });

/** The optional access fields of a request body (the role is named by each schema itself). */
export const assignmentFields = {
  allClients: z.boolean({ message: "Say true or false" }).optional(),
  // Not a client id at all answers like another agency's id: "No such client".
  clientIds: z.array(z.string({ message: "No such client" }).regex(CLIENT_ID_PATTERN, "No such client")).max(500, "Assign at most 500 clients").optional(),
  clientGrants: z.array(z.enum(CLIENT_GRANTS, { message: "Unknown permission" })).max(CLIENT_GRANTS.length).optional(),
};

export interface AssignmentInput {
  allClients?: boolean | undefined;
  clientIds?: string[] | undefined;
  clientGrants?: ClientGrant[] | undefined;
}

/** How it is stored: owners and admins see every client, so they carry no list and no grants. */
export interface Assignment {
  role: Role;
  allClients: boolean;
  clientIds: string[];
  clientGrants: ClientGrant[];
}

/**
 * The stored shape for `role` from what was asked, falling back to `current` (a PATCH that changes
 * only the role keeps the clients the person had). Throws a 400 naming the field for a shape the
 * role cannot have.
 */
export function resolveAssignment(role: Role, input: AssignmentInput, current?: Assignment): Assignment {
  const errors: FieldErrors = {};
  const grantsGiven = (input.clientGrants?.length ?? 0) > 0;
  const ids = input.clientIds === undefined ? undefined : [...new Set(input.clientIds)];
  let result: Assignment;
  if (role === "owner" || role === "admin") {
    if (ids && ids.length > 0) errors.clientIds = ["Owners and admins see every client; leave the client list empty"];
    if (grantsGiven) errors.clientGrants = ["Only client users get these permissions"];
    result = { role, allClients: true, clientIds: [], clientGrants: [] };
  } else if (role === "member" || role === "viewer") {
    if (grantsGiven) errors.clientGrants = ["Only client users get these permissions"];
    const allClients = input.allClients ?? (ids !== undefined ? false : (current?.allClients ?? false));
    const clientIds = allClients ? [] : (ids ?? current?.clientIds ?? []);
    if (allClients && ids && ids.length > 0) errors.clientIds = ["Choose every client or a list of clients, not both"];
    else if (!allClients && clientIds.length === 0) errors.clientIds = ["Choose at least one client, or every client"];
    result = { role, allClients, clientIds, clientGrants: [] };
  } else {
    if (input.allClients === true) errors.allClients = ["A client user sees exactly one client"];
    const clientIds = ids ?? current?.clientIds ?? [];
    if (clientIds.length !== 1) errors.clientIds = ["Choose the one client this person belongs to"];
    const grants = input.clientGrants ?? (current?.role === "client_user" ? current.clientGrants : [...DEFAULT_CLIENT_GRANTS]);
    result = { role, allClients: false, clientIds, clientGrants: CLIENT_GRANTS.filter((grant) => grants.includes(grant)) };
  }
  if (Object.keys(errors).length > 0) throw validationError(errors);
  return result;
}

/**
 * The agency's clients with these ids, in the order given. An id that is not one of this agency's
 * clients (another agency's, or none) is refused with the same words either way, so the answer
 * tells nothing about other agencies; it is never assigned.
 */
export async function agencyClientsOf(tx: Db | Prisma.TransactionClient, agencyId: string, clientIds: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (clientIds.length === 0) return [];
  const rows = await tx.clientAccount.findMany({ where: { agencyId, id: { in: [...clientIds] } }, select: { id: true, name: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = clientIds.filter((id) => !byId.has(id));
  if (missing.length > 0) throw validationError({ clientIds: [`No such client: ${missing.join(", ")}`] });
  return clientIds.map((id) => byId.get(id)!);
}
