// Restoring an earlier version: the agent is read as it is now, and only the fields whose setting
// differs from the version are sent — through the editor's update path (lost answers read back,
// never repeated). The restore becomes a new version ("restored", restoredFrom) and an audit event.
// The reference has no way to *clear* a number or the hours (no null in the update body), so a
// version without one leaves the agent's current value, and the answer says so.
import { fieldErrorsOf } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import type { AuditActor } from "@/lib/audit/record";
import type { Agent, OnCallClerkClient } from "@/lib/oncallclerk";
import { updateAgentBodySchema, type UpdateAgentBody } from "../agent-schemas";
import { updateAgent } from "../update-agent";
import { configOfAgent, sameFieldValue, CONFIG_FIELDS, type AgentConfig, type ConfigField } from "./config";
import { CONFIG_FIELD_LABELS } from "./fields";
import { getVersion, type AgentRef } from "./queries";
import { recordAgentSave } from "./record";
import { readAgentBeforeWrite } from "./upstream-agent";

/** What "none" is for fields the reference lets us set to empty. */
const EMPTY_VALUE: Partial<Record<ConfigField, unknown>> = { faq: [], functions_enabled: [], voice_settings: {} };

export interface RestorePlan {
  patch: Partial<Record<ConfigField, unknown>>;
  /** Fields the version has no value for and OnCallClerk cannot be told to clear. */
  leftAsIs: ConfigField[];
}

/** Exactly the fields to send to make `current` what `target` was (pure, for the unit tests). */
export function planRestore(target: AgentConfig, current: AgentConfig): RestorePlan {
  const patch: RestorePlan["patch"] = {};
  const leftAsIs: ConfigField[] = [];
  for (const field of CONFIG_FIELDS) {
    if (sameFieldValue(field, target[field], current[field])) continue;
    if (target[field] !== undefined) patch[field] = target[field];
    else if (field in EMPTY_VALUE) patch[field] = EMPTY_VALUE[field];
    else leftAsIs.push(field);
  }
  return { patch, leftAsIs };
}

export type RestoreResult =
  | { status: "unchanged"; restoredFrom: number; sent: []; leftAsIs: ConfigField[]; message: string }
  | { status: "restored"; restoredFrom: number; version: number | null; sent: ConfigField[]; leftAsIs: ConfigField[]; message: string; agent: Agent };

// "the greeting, escalation, FAQ": lower case inside a sentence, except for acronyms.
const inSentence = (label: string) => (label === label.toUpperCase() ? label : label.toLowerCase());
const labels = (fields: readonly ConfigField[]) => fields.map((field) => inSentence(CONFIG_FIELD_LABELS[field])).join(", ");

function validPatch(patch: RestorePlan["patch"], country: string, version: number): UpdateAgentBody {
  const parsed = updateAgentBodySchema(country).safeParse(patch);
  if (parsed.success) return parsed.data;
  throw new ApiError(422, "validation_failed", `Version ${version} holds settings the portal would not send as they are; nothing was changed. Edit the agent instead.`, {
    fieldErrors: fieldErrorsOf(parsed.error),
  });
}

export async function restoreVersion(input: {
  oncallclerk: OnCallClerkClient;
  ref: AgentRef;
  client: { id: string; name: string; country: string };
  version: number;
  actor: AuditActor;
}): Promise<RestoreResult> {
  const { oncallclerk, ref, client, version, actor } = input;
  const target = await getVersion(ref, version);
  const current = await readAgentBeforeWrite(oncallclerk, ref.agentId);
  const { patch, leftAsIs } = planRestore(target.config, configOfAgent(current));
  const sent = Object.keys(patch) as ConfigField[];
  const kept = leftAsIs.length ? ` The ${labels(leftAsIs)} cannot be cleared through OnCallClerk's API, so ${leftAsIs.length === 1 ? "it stays" : "they stay"} as now.` : "";
  if (sent.length === 0) {
    return { status: "unchanged", restoredFrom: version, sent: [], leftAsIs, message: `The agent already has the settings of version ${version}: nothing was sent.${kept}` };
  }
  const body = validPatch(patch, client.country, version);
  // Just read, so no If-Match round trip: the update checks nothing a second read would add.
  const updated = await updateAgent(oncallclerk, ref.agentId, body, null);
  const recorded = await recordAgentSave({ actor, client, agentId: ref.agentId, before: current, after: updated, source: "restored", restoredFrom: version, details: { sent, ...(leftAsIs.length ? { leftAsIs } : {}) } });
  return {
    status: "restored",
    restoredFrom: version,
    version: recorded.version,
    sent,
    leftAsIs,
    message: `Restored version ${version}${recorded.version !== null ? ` as version ${recorded.version}` : ""}: changed the ${labels(sent)}.${kept}`,
    agent: updated,
  };
}
