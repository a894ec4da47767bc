// A membership's access as people read it, for the audit log's before/after ("clients: Acme Dental,
// Bravo Plumbing → All clients"): names, not ids, since the log must read right after a client is gone.
import { CLIENT_GRANT_LABELS, ROLE_LABELS } from "@/lib/auth/permissions";
import type { ClientGrant, Role } from "@/lib/generated/prisma/enums";

export const MEMBER_AUDIT_FIELDS = ["role", "clients", "permissions"] as const;

export function readableAccess(access: { role: Role; allClients: boolean; clients: readonly { name: string }[]; clientGrants: readonly ClientGrant[] }) {
  const everyClient = access.role === "owner" || access.role === "admin" || (access.role !== "client_user" && access.allClients);
  return {
    role: ROLE_LABELS[access.role],
    clients: everyClient ? "All clients" : access.clients.map((client) => client.name).join(", "),
    permissions: access.role === "client_user" ? access.clientGrants.map((grant) => CLIENT_GRANT_LABELS[grant]).join(", ") || "None" : null,
  };
}
