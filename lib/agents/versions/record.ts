// Keeping a version for every saved agent configuration, with its audit event, after OnCallClerk
// confirmed the save. One transaction per save, under a per-agent advisory lock: two saves of the
// same agent racing (two tabs, a bulk change and an edit) read the latest version one after the
// other, so their numbers never collide and only one of them stores a baseline. The unique index
// on (clientId, agentId, version) stays as the last guard.
//
// A baseline is the configuration *as found in OnCallClerk before a save*: stored when the agent
// has no history yet (made before the portal kept it, or in OnCallClerk itself), and when someone
// changed it outside the portal since our last version — so a change made elsewhere does not look
// like part of this person's save. "Since": OnCallClerk stamped the agent after our last version
// was written. A read that merely lost a race with another portal save is older than that version
// and is not mistaken for an outside change.
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import { configChanges, configFromJson, configOfAgent, sameConfig, type AgentConfig } from "./config";

export type VersionSource = "created" | "updated" | "bulk" | "restored" | "baseline";

/** First half of the two-key advisory lock: "agent versions" (the second hashes client and agent). */
const VERSION_LOCK_CLASS = 7_301_002;

export interface AgentSave {
  actor: AuditActor;
  client: { id: string; name: string };
  agentId: string;
  /** The agent before the save (null for a create, or when it could not be read). */
  before: Agent | null;
  /** The agent as OnCallClerk answered after the save. */
  after: Agent;
  source: Exclude<VersionSource, "baseline">;
  restoredFrom?: number | undefined;
  /** Recorded in the audit event beside the field changes. */
  details?: Record<string, unknown> | undefined;
}

export interface RecordedSave {
  /** The new version's number, or null when the save left the configuration as it was. */
  version: number | null;
  changes: ReturnType<typeof configChanges>;
}

const AUDIT_ACTION = { created: "agent.create", updated: "agent.update", bulk: "agent.update", restored: "agent.restore" } as const;

const json = (config: AgentConfig) => JSON.parse(JSON.stringify(config)) as Prisma.InputJsonValue;

/** Who a version is attributed to: the person, and the token when one was used. */
export function authorName(actor: AuditActor): string {
  return actor.tokenName ? `${actor.name} (API token “${actor.tokenName}”)` : actor.name;
}

/** Was the agent (as read before a save) last changed after `moment`, by OnCallClerk's stamp? */
function changedSince(agent: Agent | null, moment: Date): boolean {
  const stamp = agent?.updated_at ? Date.parse(agent.updated_at) : Number.NaN;
  return Number.isFinite(stamp) && stamp >= moment.getTime();
}

export async function recordAgentSave(save: AgentSave): Promise<RecordedSave> {
  const { actor, client, agentId } = save;
  const beforeConfig = save.before ? configOfAgent(save.before) : null;
  // An update answered partially (its read-back failed) still leaves the other fields as they were.
  const afterConfig = configOfAgent(save.before ? { ...save.before, ...save.after } : save.after);
  const changes = configChanges(beforeConfig ?? {}, afterConfig);
  const agentName = save.after.agent_name ?? save.before?.agent_name ?? null;

  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${VERSION_LOCK_CLASS}::int, hashtext(${`${client.id}:${agentId}`}))`;
    const where = { agencyId: actor.agencyId, clientId: client.id, agentId };
    // A new agent starts a new history, even under an id OnCallClerk used before (agent_main).
    if (save.source === "created") await tx.agentVersion.deleteMany({ where });
    const latest = await tx.agentVersion.findFirst({ where, orderBy: { version: "desc" }, select: { version: true, config: true, createdAt: true } });
    let number = latest?.version ?? 0;
    let last = latest ? configFromJson(latest.config) : null;
    const insert = (source: VersionSource, config: AgentConfig, by: AuditActor | null, restoredFrom: number | null = null) =>
      tx.agentVersion.create({
        data: {
          ...where,
          version: ++number,
          source,
          restoredFrom,
          config: json(config),
          createdById: by?.userId ?? null,
          createdByName: by ? authorName(by) : null,
        },
      });

    const outsideChange = latest !== null && last !== null && beforeConfig !== null && !sameConfig(last, beforeConfig) && changedSince(save.before, latest.createdAt);
    if (beforeConfig && (!latest || outsideChange)) {
      await insert("baseline", beforeConfig, null);
      last = beforeConfig;
    }
    let version: number | null = null;
    if (!last || !sameConfig(last, afterConfig)) {
      await insert(save.source, afterConfig, actor, save.restoredFrom ?? null);
      version = number;
    }
    // A save that changed no setting (the same greeting sent again) is not an event; a create is.
    if (changes.length > 0 || save.source === "created") {
      await recordAudit(
        actor,
        {
          action: AUDIT_ACTION[save.source],
          client,
          target: { type: "agent", id: agentId, name: agentName },
          changes,
          details: {
            ...(version !== null ? { version } : {}),
            ...(save.restoredFrom !== undefined ? { restoredFrom: save.restoredFrom } : {}),
            ...(save.source === "bulk" ? { bulk: true } : {}),
            ...save.details,
          },
        },
        tx,
      );
    }
    return { version, changes };
  });
}

/**
 * An agent deleted through the portal: its versions go (an OnCallClerk id such as `agent_main`
 * may be given to a new agent later, which must not inherit this history) and the audit event
 * keeps the last configuration as its before-values, so what was deleted can still be read.
 */
export async function recordAgentDelete(actor: AuditActor, client: { id: string; name: string }, agentId: string, before: Agent | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const dropped = await tx.agentVersion.deleteMany({ where: { agencyId: actor.agencyId, clientId: client.id, agentId } });
    await recordAudit(
      actor,
      {
        action: "agent.delete",
        client,
        target: { type: "agent", id: agentId, name: before?.agent_name ?? null },
        changes: before ? configChanges(configOfAgent(before), {}) : [],
        details: { versionsDropped: dropped.count, ...(before?.phone_number ? { phoneNumberReleased: before.phone_number } : {}) },
      },
      tx,
    );
  });
}
