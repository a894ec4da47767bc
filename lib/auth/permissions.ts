// The one place that decides what a role may do. Route handlers, pages and the UI all ask `can`.
import type { Role } from "@/lib/generated/prisma/enums";

export type Action = "client:read" | "client:create" | "client:update" | "client:delete" | "agent:read";

const GRANTS: Record<Role, readonly Action[]> = {
  owner: ["client:read", "client:create", "client:update", "client:delete", "agent:read"],
  admin: ["client:read", "client:create", "client:update", "client:delete", "agent:read"],
  member: ["client:read", "agent:read"],
  viewer: ["client:read", "agent:read"],
  // A person from a client business; what they may see is configured per client (a later issue).
  client_user: [],
};

export function can(role: Role, action: Action): boolean {
  return GRANTS[role].includes(action);
}
