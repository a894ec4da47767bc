// The one place that decides what a person may do. Route handlers, pages, server actions and the UI
// all ask `can(access, action, clientId?)`; nothing else looks at roles.
//
// Two questions, answered together:
//   which clients — owners and admins see every client of the agency; members and viewers see every
//     client or only the ones assigned to them; a client user sees exactly one.
//   what on them  — the role's grants; for a client user, what the agency chose (ClientGrant).
// An API token acts as its owner, capped by the token's own role: both must allow the action.
import type { ClientGrant, Role } from "@/lib/generated/prisma/enums";

export type Action =
  // on one client
  | "client:read"
  | "client:key-hint" // see which OnCallClerk key a client uses (its last four characters)
  | "client:update" // rename, change country, replace the OnCallClerk key
  | "client:delete"
  | "agent:read"
  | "agent:create"
  | "agent:update" // any agent setting; also restoring an earlier version
  | "agent:update-hours-faq" // only business hours and the FAQ (what a client user may be allowed)
  | "agent:delete"
  | "number:read" // search available numbers, list regulatory bundles
  | "number:assign"
  | "bundle:create"
  | "account:read" // the client's OnCallClerk profile, subscription, usage, voices
  | "account:update"
  | "account:delete" // DELETE /user: the whole OnCallClerk account, irreversibly
  | "transcript:read" // cached transcripts: search, view, export, analytics, sync status
  | "transcript:sync" // start a sync or a full resync now
  | "audit:read" // the audit log (of the clients one may see)
  // agency-wide
  | "client:create"
  | "template:read" // the agency's saved agent configurations
  | "template:manage" // save, rename and delete templates
  | "member:read" // the members page: people, roles, invitations
  | "member:manage" // invite, change roles and assignments, remove, revoke others' tokens
  | "agency:update" // agency settings (caller masking)
  | "token:create"; // personal API tokens

const AGENCY_WIDE: ReadonlySet<Action> = new Set<Action>([
  "client:create",
  "template:read",
  "template:manage",
  "member:read",
  "member:manage",
  "agency:update",
  "token:create",
]);

export function isAgencyWide(action: Action): boolean {
  return AGENCY_WIDE.has(action);
}

const READ: readonly Action[] = ["client:read", "client:key-hint", "agent:read", "number:read", "account:read", "transcript:read", "template:read", "token:create"];
const EVERYTHING: readonly Action[] = [
  ...READ,
  "client:create",
  "client:update",
  "client:delete",
  "agent:create",
  "agent:update",
  "agent:update-hours-faq",
  "agent:delete",
  "number:assign",
  "bundle:create",
  "account:update",
  "account:delete",
  "template:manage",
  "transcript:sync",
  "audit:read",
  "member:read",
  "member:manage",
  "agency:update",
];

const ROLE_GRANTS: Record<Exclude<Role, "client_user">, readonly Action[]> = {
  owner: EVERYTHING,
  admin: EVERYTHING,
  // Members do the day-to-day work on their clients' agents and numbers, but delete nothing, leave
  // the client's account profile and key alone, and see the audit log of their clients.
  member: [...READ, "agent:create", "agent:update", "agent:update-hours-faq", "number:assign", "bundle:create", "template:manage", "transcript:sync", "audit:read"],
  viewer: READ,
};

/** What each choice the agency makes for a client user allows. Keys, deletes and members: never. */
export const CLIENT_GRANT_ACTIONS: Record<ClientGrant, readonly Action[]> = {
  view_calls: ["transcript:read"],
  view_usage: ["account:read"],
  view_agents: ["agent:read", "number:read"],
  edit_hours_faq: ["agent:read", "agent:update-hours-faq"],
  edit_agents: ["agent:read", "agent:update", "agent:update-hours-faq"],
};

/** Offered to a new client user unless the inviter changes it. */
export const DEFAULT_CLIENT_GRANTS: readonly ClientGrant[] = ["view_calls", "view_usage", "view_agents"];

export interface Access {
  role: Role;
  /** null: every client of the agency. Otherwise exactly the clients this person may see. */
  clientIds: readonly string[] | null;
  /** client_user only: what the agency allows them. */
  clientGrants: readonly ClientGrant[];
  /** Set when the request came with an API token: the token's role caps the person's. */
  tokenRole?: Role | undefined;
  /** The agency masks callers' numbers for this person's role. */
  maskCallers: boolean;
}

function roleAllows(role: Role, grants: readonly ClientGrant[], action: Action): boolean {
  if (role === "client_user") {
    return action === "client:read" || action === "token:create" || grants.some((grant) => CLIENT_GRANT_ACTIONS[grant].includes(action));
  }
  return ROLE_GRANTS[role].includes(action);
}

/** Whether the client is one this person sees at all (else it is "not found" to them). */
export function canSeeClient(access: Access, clientId: string): boolean {
  return access.clientIds === null || access.clientIds.includes(clientId);
}

/**
 * May this person do `action`? With a clientId: on that client (false when they cannot see it).
 * Without one, for a per-client action: on the clients they see, as far as their role goes (what the
 * navigation shows); agency-wide actions never take a client.
 */
export function can(access: Access, action: Action, clientId?: string): boolean {
  if (clientId !== undefined && !isAgencyWide(action) && !canSeeClient(access, clientId)) return false;
  if (clientId === undefined && !isAgencyWide(action) && access.clientIds?.length === 0) return false;
  if (!roleAllows(access.role, access.clientGrants, action)) return false;
  if (access.tokenRole !== undefined && !roleAllows(access.tokenRole, access.clientGrants, action)) return false;
  return true;
}

/** Roles in the order of what they may do, for "no more than your own role" checks. */
export const ROLE_RANK: Record<Role, number> = { owner: 4, admin: 3, member: 2, viewer: 1, client_user: 0 };

export const ROLE_LABELS: Record<Role, string> = { owner: "Owner", admin: "Admin", member: "Member", viewer: "Viewer", client_user: "Client user" };

export const CLIENT_GRANT_LABELS: Record<ClientGrant, string> = {
  view_calls: "Read calls and transcripts",
  view_usage: "See plan and usage",
  view_agents: "See agents and numbers",
  edit_hours_faq: "Edit business hours and FAQ",
  edit_agents: "Edit all agent settings",
};
