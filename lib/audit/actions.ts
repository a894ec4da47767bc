// Every kind of change the audit log records, with the words its readable line starts from.
// Adding an action: add it here, record it where the change is made (lib/audit/record.ts), and
// describe it in lib/audit/describe.ts.
export const AUDIT_ACTIONS = {
  "auth.sign_in": "Signed in",
  "client.create": "Added a client",
  "client.update": "Changed a client",
  "client.key_replace": "Replaced a client's OnCallClerk key",
  "client.delete": "Removed a client",
  "agent.create": "Created an agent",
  "agent.update": "Changed an agent",
  "agent.delete": "Deleted an agent",
  "agent.restore": "Restored an agent version",
  "agent.email_function": "Changed an agent's email function",
  "number.assign": "Assigned a phone number",
  "number.release": "Released a phone number",
  "bundle.submit": "Submitted a regulatory bundle",
  "account.update": "Changed a client's OnCallClerk profile",
  "account.delete": "Deleted a client's OnCallClerk account",
  "template.create": "Saved an agent template",
  "template.update": "Changed an agent template",
  "template.delete": "Deleted an agent template",
  "transcript.sync": "Started a transcript sync",
  "member.invite": "Invited someone",
  "member.invite_resend": "Re-sent an invitation",
  "member.invite_revoke": "Revoked an invitation",
  "member.join": "Joined the agency",
  "member.update": "Changed a member's role or clients",
  "member.remove": "Removed a member",
  "agency.update": "Changed agency settings",
  "token.create": "Created an API token",
  "token.revoke": "Revoked an API token",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
