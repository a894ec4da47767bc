// The audit log in words: one readable line per event ("Dana changed the greeting of Reception
// (Acme Dental) from “Hi” to “Hello”"), and the field-level before/after in full for the detail
// view and the CSV. Every action of the catalogue (lib/audit/actions.ts) has a sentence here; the
// type below makes a missing one a compile error.
import type { AuditAction } from "./actions";
import { fieldLabel, fitsInLine, listInWords, shorten, valueInLine, valueText } from "./describe-values";

export interface DescribableEvent {
  action: string;
  actorId?: string | null;
  actorName: string;
  actorEmail: string | null;
  tokenName: string | null;
  clientName: string | null;
  targetName: string | null;
  targetId: string | null;
  ip: string | null;
  changes: unknown;
  details: unknown;
}

export interface ChangeLine {
  field: string;
  label: string;
  before: string;
  after: string;
}

interface Parts {
  changes: { field: string; before: unknown; after: unknown }[];
  details: Record<string, unknown>;
  /** "Reception (Acme Dental)", or the bare name when the client is unknown. */
  agent: string;
  client: string;
  target: string;
  event: DescribableEvent;
}

/** The changes column as written by recordAudit ([{field, before, after}]); anything else is none. */
export function storedChanges(raw: unknown): { field: string; before: unknown; after: unknown }[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((item): item is { field: string; before?: unknown; after?: unknown } => typeof item === "object" && item !== null && typeof (item as { field?: unknown }).field === "string")
    .map((item) => ({ field: item.field, before: item.before ?? null, after: item.after ?? null }));
}

const recordOf = (raw: unknown): Record<string, unknown> => (typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null);

/** "changed the greeting of X from “a” to “b”" for one field, "changed the greeting and FAQ of X" for more. */
function changed(parts: Parts, of: string, fallback: string): string {
  const { changes } = parts;
  if (changes.length === 0) return fallback;
  if (changes.length === 1) {
    const [change] = changes as [Parts["changes"][number]];
    const what = `changed the ${fieldLabel(change.field)} of ${of}`;
    // Hours, FAQ and voice settings do not fit in a sentence: the detail shows them.
    return fitsInLine(change.before) && fitsInLine(change.after) ? `${what} from ${valueInLine(change.before)} to ${valueInLine(change.after)}` : what;
  }
  const labels = changes.map((change) => fieldLabel(change.field));
  const named = labels.length > 4 ? `${labels.slice(0, 3).join(", ")} and ${labels.length - 3} more settings` : listInWords(labels);
  return `changed the ${named} of ${of}`;
}

function memberList(value: unknown): string {
  return Array.isArray(value) ? listInWords(value.filter((item): item is string => typeof item === "string")) : "";
}

const PHRASES: Record<AuditAction, (parts: Parts) => string> = {
  "auth.sign_in": ({ event }) => `signed in${event.ip ? ` from ${event.ip}` : ""}`,
  "client.create": ({ client }) => `added the client ${client}`,
  "client.update": (parts) => changed(parts, parts.client, `changed the client ${parts.client}`),
  "client.key_replace": ({ client, changes }) => {
    const key = changes.find((change) => change.field === "keyHint");
    return `replaced the OnCallClerk key of ${client}${key ? ` (${valueText(key.before)} → ${valueText(key.after)})` : ""}`;
  },
  "client.delete": ({ client }) => `removed the client ${client} from the portal`,
  "agent.create": ({ agent }) => `created the agent ${agent}`,
  "agent.update": (parts) => {
    const line = changed(parts, parts.agent, `saved the agent ${parts.agent} unchanged`);
    return parts.details.bulk ? `${line} (bulk change)` : line;
  },
  "agent.delete": ({ agent, details }) => `deleted the agent ${agent}${str(details.phoneNumberReleased) ? ` and released ${str(details.phoneNumberReleased)}` : ""}`,
  "agent.restore": ({ agent, details, changes }) => {
    const what = changes.length > 0 ? `: ${listInWords(changes.map((change) => fieldLabel(change.field)).slice(0, 4))}${changes.length > 4 ? " and more" : ""}` : "";
    return `restored ${str(details.restoredFrom) ? `version ${str(details.restoredFrom)}` : "an earlier version"} of ${agent}${str(details.version) ? ` (now version ${str(details.version)})` : ""}${what}`;
  },
  "agent.email_function": ({ agent, details }) => {
    if (details.enabled !== true) return `turned off the email function of ${agent}`;
    const recipients = memberList(details.permittedRecipients);
    return `turned on the email function of ${agent}${recipients ? `, allowed to email ${shorten(recipients, 60)}` : ""}`;
  },
  "number.assign": ({ agent, details }) => `assigned ${str(details.number) ?? "a phone number"} to ${agent}`,
  "number.release": ({ agent, details }) => `released ${str(details.number) ?? "the phone number"} of ${agent}`,
  "bundle.submit": ({ client, details }) =>
    `submitted a ${str(details.complianceType) ?? "business"} regulatory bundle for ${str(details.isoCountry) ?? "a country"} for ${client}`,
  "account.update": (parts) => changed(parts, `the OnCallClerk profile of ${parts.client}`, `changed the OnCallClerk profile of ${parts.client}`),
  "account.delete": ({ client }) => `deleted the whole OnCallClerk account of ${client}`,
  "template.create": ({ target, details, event }) => {
    const from = str(recordOf(details.fromAgent).name);
    return `saved the agent template ${target}${from ? ` from the agent ${from}${event.clientName ? ` (${event.clientName})` : ""}` : ""}`;
  },
  "template.update": (parts) => changed(parts, `the agent template ${parts.target}`, `changed the agent template ${parts.target}`),
  "template.delete": ({ target }) => `deleted the agent template ${target}`,
  "transcript.sync": ({ client, details }) => `started a ${details.full ? "full resync" : "sync"} of ${client}'s calls`,
  "member.invite": ({ target, details }) => {
    // Stored readable ("Acme Dental, Bravo Plumbing" or "All clients", lib/members/audit-fields.ts).
    const clients = str(details.clients) ?? memberList(details.clients);
    const scope = clients === "All clients" ? " for every client" : clients ? ` for ${shorten(clients, 60)}` : "";
    return `invited ${target}${str(details.role) ? ` as ${str(details.role)}` : ""}${scope}`;
  },
  "member.invite_resend": ({ target }) => `re-sent the invitation of ${target}`,
  "member.invite_revoke": ({ target }) => `revoked the invitation of ${target}`,
  "member.join": ({ target, details, event }) => `joined the agency${target !== event.actorName ? ` as ${target}` : ""}${str(details.role) ? ` (${str(details.role)})` : ""}`,
  "member.update": (parts) => changed(parts, parts.target, `changed the access of ${parts.target}`),
  "member.remove": ({ target, details }) => (details.left === true ? "left the agency" : `removed ${target} from the agency`),
  "agency.update": (parts) => changed(parts, "the agency", "changed the agency's settings"),
  "token.create": ({ target, details }) => `created the API token ${target}${str(details.role) ? ` (${str(details.role)})` : ""}`,
  "token.revoke": ({ target, details, event }) => {
    const owner = recordOf(details.owner);
    const own = owner.id !== undefined && owner.id === event.actorId;
    const name = str(owner.name);
    return `revoked ${own ? "their" : "the"} API token ${target}${name && !own ? ` of ${name}` : ""}`;
  },
};

/** Who did it: their name (or email), and the token when it came through one. */
export function actorLabel(event: Pick<DescribableEvent, "actorName" | "actorEmail" | "tokenName">): string {
  const who = event.actorName || event.actorEmail || "Someone";
  return event.tokenName ? `${who} (API token “${event.tokenName}”)` : who;
}

/** The one-line summary of an event. */
export function describeEvent(event: DescribableEvent): string {
  const client = event.clientName ?? "a removed client";
  const name = event.targetName ?? event.targetId ?? "";
  const parts: Parts = {
    changes: storedChanges(event.changes),
    details: recordOf(event.details),
    agent: event.clientName ? `${name || "an agent"} (${event.clientName})` : name || "an agent",
    client,
    target: name ? `“${name}”` : "",
    event,
  };
  const phrase = PHRASES[event.action as AuditAction];
  return `${actorLabel(event)} ${phrase ? phrase(parts) : `did ${event.action}`}`;
}

/** The field-level before/after, in full and in words, for the detail view and the CSV. */
export function changeLines(event: Pick<DescribableEvent, "changes">): ChangeLine[] {
  return storedChanges(event.changes).map((change) => ({ field: change.field, label: fieldLabel(change.field), before: valueText(change.before), after: valueText(change.after) }));
}
