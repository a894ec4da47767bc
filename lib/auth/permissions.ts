// The one place that decides what a role may do. Route handlers, pages and the UI all ask `can`.
import type { Role } from "@/lib/generated/prisma/enums";

export type Action =
  | "client:read"
  | "client:create"
  | "client:update"
  | "client:delete"
  | "agent:read"
  | "agent:create"
  | "agent:update"
  | "agent:delete"
  | "number:read" // search available numbers, list regulatory bundles
  | "number:assign"
  | "bundle:create"
  | "account:read" // the client's OnCallClerk profile, subscription, usage, voices
  | "account:update"
  | "account:delete" // DELETE /user: the whole OnCallClerk account, irreversibly
  | "transcript:read" // cached transcripts: search, view, export, analytics, sync status
  | "transcript:sync" // start a sync or a full resync now
  | "template:read" // the agency's saved agent configurations
  | "template:manage"; // save, rename and delete templates

const READ: readonly Action[] = ["client:read", "agent:read", "number:read", "account:read", "transcript:read", "template:read"];
const EVERYTHING: readonly Action[] = [
  ...READ,
  "client:create",
  "client:update",
  "client:delete",
  "agent:create",
  "agent:update",
  "agent:delete",
  "number:assign",
  "bundle:create",
  "account:update",
  "account:delete",
  "template:manage",
  "transcript:sync",
];

const GRANTS: Record<Role, readonly Action[]> = {
  owner: EVERYTHING,
  admin: EVERYTHING,
  // Members do the day-to-day work on agents and numbers, but delete nothing and leave the
  // client's account profile alone.
  member: [...READ, "agent:create", "agent:update", "number:assign", "bundle:create", "template:manage", "transcript:sync"],
  viewer: READ,
  // A person from a client business; what they may see is configured per client (a later issue).
  client_user: [],
};

export function can(role: Role, action: Action): boolean {
  return GRANTS[role].includes(action);
}
