// Applying a bulk change. Per agent: read it, plan the change (unchanged → nothing is sent), then
// write ONLY the touched fields through the agent editor's update path with the updated_at the
// preview saw as If-Match, so an agent changed since the preview is reported, never overwritten.
// A client's agents go one after another, up to CLIENT_CONCURRENCY clients at once. A write is
// never repeated: when OnCallClerk's answer to it is lost, the agent is read back to tell whether
// it landed, and the person is told plainly when even that cannot be known.
import { ApiError } from "@/lib/api/errors";
import { updateAgent } from "@/lib/agents/update-agent";
import { recordAgentSave } from "@/lib/agents/versions/record";
import type { AuditActor } from "@/lib/audit/record";
import type { OnCallClerkClient } from "@/lib/oncallclerk";
import type { BulkApplyBody, BulkChange } from "./bulk-schemas";
import { changedFields, fieldsOf, planChange, type FieldValues } from "./change";
import { prepareBulk } from "./prepare";
import { checkVoice, labelsOf, type TargetLabels } from "./preview";
import { CLIENT_CONCURRENCY, isKeyFailure, mapWithLimit, NOT_FOUND_ERROR, targetErrorOf, withClientUpstream, type TargetError, type BulkContext } from "./targets";

export type BulkApplyItem = TargetLabels & {
  status: "applied" | "unchanged" | "failed";
  error?: TargetError;
  /** The touched fields as OnCallClerk holds them afterwards. */
  after?: FieldValues;
};

export interface BulkApplyResult {
  items: BulkApplyItem[];
  summary: { applied: number; unchanged: number; failed: number };
}

type ApplyTarget = BulkApplyBody["targets"][number];

const CHANGED_SINCE_PREVIEW: TargetError = {
  code: "agent_changed",
  message: "Changed in OnCallClerk since the preview, so it was not overwritten. Preview again to see its current settings.",
};

const OUTCOME_UNKNOWN: TargetError = {
  code: "upstream_outcome_unknown",
  message: "OnCallClerk did not confirm the change and could not be asked whether it was made. Preview again before retrying.",
};

type Health = { saw: (error: unknown) => void; answered: () => void };
type Saver = { actor: AuditActor; client: { id: string; name: string } };

async function applyOne(oncallclerk: OnCallClerkClient, target: ApplyTarget, change: BulkChange, { saw, answered }: Health, saver: Saver): Promise<BulkApplyItem> {
  const clientName = saver.client.name;
  let agent;
  try {
    agent = await oncallclerk.agents.get(target.agentId);
    answered();
  } catch (error) {
    saw(error);
    return { ...labelsOf(target, clientName), status: "failed", error: targetErrorOf(error) };
  }
  const labels = labelsOf(target, clientName, agent);
  const plan = planChange(agent, change);
  if (!plan.ok) return { ...labels, status: "failed", error: { code: plan.code, message: plan.message } };
  // Already as wanted (even if someone else made it so since the preview): nothing to write.
  if (plan.unchanged) return { ...labels, status: "unchanged", after: plan.before };
  let updated;
  try {
    // A lost answer is read back inside updateAgent: "applied" when the agent shows the change,
    // a plain outage when it shows none, upstream_outcome_unknown when it could not be asked.
    updated = await updateAgent(oncallclerk, target.agentId, plan.patch, target.updatedAt ?? null);
    answered();
  } catch (error) {
    saw(error);
    if (error instanceof ApiError && error.code === "agent_changed") return { ...labels, status: "failed", error: CHANGED_SINCE_PREVIEW };
    if (error instanceof ApiError && error.code === "upstream_outcome_unknown") return { ...labels, status: "failed", error: OUTCOME_UNKNOWN };
    return { ...labels, status: "failed", error: targetErrorOf(error) };
  }
  // Kept like an edit made on the agent's page: a version (source "bulk") and an audit event.
  await recordAgentSave({ ...saver, agentId: target.agentId, before: agent, after: updated, source: "bulk" });
  return { ...labels, status: "applied", after: fieldsOf(updated, changedFields(change)) };
}

export async function applyBulkChange(context: BulkContext, body: BulkApplyBody, actor: AuditActor): Promise<BulkApplyResult> {
  const { groups, missing } = await prepareBulk(context, body.targets, body.change);
  const agencyId = context.agency.id;
  const items = new Array<BulkApplyItem>(body.targets.length);
  for (const { target, index } of missing) items[index] = { ...labelsOf(target, null), status: "failed", error: NOT_FOUND_ERROR };

  await mapWithLimit(groups, CLIENT_CONCURRENCY, ({ client, targets, change }) =>
    withClientUpstream(
      agencyId,
      client,
      async (oncallclerk, health) => {
        let unusable: TargetError | null = null;
        try {
          // Checked again here, not trusted from the preview: the account's voices may have changed.
          const voice = await checkVoice(oncallclerk, change);
          if (voice) health.answered();
          if (voice && "error" in voice) unusable = voice.error;
        } catch (error) {
          health.saw(error);
          unusable = targetErrorOf(error);
        }
        for (const { target, index } of targets) {
          if (unusable) {
            items[index] = { ...labelsOf(target, client.name), status: "failed", error: unusable };
            continue;
          }
          let keyFailed = false;
          const saw = (error: unknown) => {
            health.saw(error);
            if (isKeyFailure(error)) keyFailed = true;
          };
          const item = await applyOne(oncallclerk, target, change, { saw, answered: health.answered }, { actor, client: { id: client.id, name: client.name } });
          items[index] = item;
          // A rejected key fails the client's remaining agents alike, without asking again.
          if (keyFailed && item.error) unusable = item.error;
        }
      },
      (error) => {
        for (const { target, index } of targets) items[index] = { ...labelsOf(target, client.name), status: "failed", error };
      },
    ),
  );

  const summary = { applied: 0, unchanged: 0, failed: 0 };
  for (const item of items) summary[item.status] += 1;
  return { items, summary };
}
