// Actions by what they are about, for the action filter: "agent" matches every agent.* action
// (the log's actions are named <subject>.<verb>).
import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from "./actions";

export const AUDIT_GROUP_LABELS: Record<string, string> = {
  auth: "Sign-ins",
  client: "Clients and keys",
  agent: "Agents",
  number: "Phone numbers",
  bundle: "Regulatory bundles",
  account: "OnCallClerk accounts",
  template: "Agent templates",
  transcript: "Transcript syncs",
  member: "Members and invitations",
  agency: "Agency settings",
  token: "API tokens",
};

const groupOf = (action: string) => action.slice(0, action.indexOf("."));

export const AUDIT_GROUPS: readonly string[] = [...new Set(Object.keys(AUDIT_ACTIONS).map(groupOf))];

export function isAuditGroup(value: string): boolean {
  return AUDIT_GROUPS.includes(value);
}

/** The action filter's choices: each group, then its actions. */
export function actionChoices(): { group: string; label: string; actions: { value: AuditAction; label: string }[] }[] {
  return AUDIT_GROUPS.map((group) => ({
    group,
    label: AUDIT_GROUP_LABELS[group] ?? group,
    actions: Object.entries(AUDIT_ACTIONS)
      .filter(([action]) => groupOf(action) === group)
      .map(([action, label]) => ({ value: action as AuditAction, label })),
  }));
}

/** An exact action, or a group as a prefix, as a Prisma filter on the action column. */
export function actionFilter(value: string): { action: string } | { action: { startsWith: string } } {
  return isAuditAction(value) ? { action: value } : { action: { startsWith: `${value}.` } };
}
