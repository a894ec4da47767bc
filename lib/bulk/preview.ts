// The preview of a bulk change: every chosen agent read from its own client's OnCallClerk account,
// and the touched fields before → after, `unchanged` when the change would not alter the agent.
// Nothing is written. The agent's updated_at is handed back so apply can refuse to overwrite an
// agent someone changed after this preview.
import type { Agent, OnCallClerkClient, Voice } from "@/lib/oncallclerk";
import type { BulkChange, BulkPreviewBody } from "./bulk-schemas";
import { planChange, type FieldValues } from "./change";
import { prepareBulk } from "./prepare";
import { CLIENT_CONCURRENCY, isKeyFailure, mapWithLimit, NOT_FOUND_ERROR, targetErrorOf, withClientUpstream, type TargetError, type TargetRef, type BulkContext } from "./targets";

export interface TargetLabels {
  clientId: string;
  agentId: string;
  /** null for a client that is not this agency's: nothing about it is revealed. */
  clientName: string | null;
  agentName: string | null;
  businessName: string | null;
}

export type BulkPreviewItem = TargetLabels &
  (
    | {
        status: "ready" | "unchanged";
        updatedAt: string | null;
        before: FieldValues;
        after: FieldValues;
        skippedQuestions?: string[];
        /** Voice changes: names for the voice ids shown, from the client's own voice list. */
        voiceNames?: Record<string, string>;
      }
    | { status: "failed"; error: TargetError }
  );

export interface BulkPreview {
  items: BulkPreviewItem[];
  summary: { ready: number; unchanged: number; failed: number };
}

export const labelsOf = (target: TargetRef, clientName: string | null, agent?: Agent): TargetLabels => ({
  clientId: target.clientId,
  agentId: target.agentId,
  clientName,
  agentName: agent?.agent_name ?? null,
  businessName: agent?.business_name ?? null,
});

/** The chosen voice in this client's own list (voices can differ between accounts), else why not. */
export async function checkVoice(oncallclerk: OnCallClerkClient, change: BulkChange): Promise<{ voices: Voice[] } | { error: TargetError } | null> {
  if (change.field !== "voice_id") return null;
  const voices = await oncallclerk.voices.list();
  if (voices.some((voice) => voice.id === change.voice_id)) return { voices };
  return { error: { code: "voice_not_available", message: `This client's OnCallClerk account has no voice “${change.voice_id}”; choose one it lists.` } };
}

function previewOne(agent: Agent, target: TargetRef, clientName: string, change: BulkChange, voices: Voice[] | null): BulkPreviewItem {
  const labels = labelsOf(target, clientName, agent);
  const plan = planChange(agent, change);
  if (!plan.ok) return { ...labels, status: "failed", error: { code: plan.code, message: plan.message } };
  const voiceNames = voices
    ? Object.fromEntries(voices.filter((voice) => voice.name && (voice.id === plan.before.voice_id || voice.id === plan.after.voice_id)).map((voice) => [voice.id, voice.name!]))
    : undefined;
  return {
    ...labels,
    status: plan.unchanged ? "unchanged" : "ready",
    updatedAt: agent.updated_at ?? null,
    before: plan.before,
    after: plan.after,
    ...(plan.skippedQuestions?.length ? { skippedQuestions: plan.skippedQuestions } : {}),
    ...(voiceNames ? { voiceNames } : {}),
  };
}

export async function previewBulkChange(context: BulkContext, body: BulkPreviewBody): Promise<BulkPreview> {
  const { groups, missing } = await prepareBulk(context, body.targets, body.change);
  const agencyId = context.agency.id;
  const items = new Array<BulkPreviewItem>(body.targets.length);
  for (const { target, index } of missing) items[index] = { ...labelsOf(target, null), status: "failed", error: NOT_FOUND_ERROR };

  await mapWithLimit(groups, CLIENT_CONCURRENCY, ({ client, targets, change }) =>
    withClientUpstream(
      agencyId,
      client,
      async (oncallclerk, health) => {
        let unusable: TargetError | null = null;
        let voices: Voice[] | null = null;
        try {
          const voice = await checkVoice(oncallclerk, change);
          if (voice) health.answered();
          if (voice && "error" in voice) unusable = voice.error;
          else if (voice) voices = voice.voices;
        } catch (error) {
          health.saw(error);
          unusable = targetErrorOf(error);
        }
        // One after another: a client's key has its own rate limit, and a rejected key stops the rest.
        for (const { target, index } of targets) {
          if (unusable) {
            items[index] = { ...labelsOf(target, client.name), status: "failed", error: unusable };
            continue;
          }
          try {
            const agent = await oncallclerk.agents.get(target.agentId);
            health.answered();
            items[index] = previewOne(agent, target, client.name, change, voices);
          } catch (error) {
            health.saw(error);
            items[index] = { ...labelsOf(target, client.name), status: "failed", error: targetErrorOf(error) };
            if (isKeyFailure(error)) unusable = targetErrorOf(error);
          }
        }
      },
      (error) => {
        for (const { target, index } of targets) items[index] = { ...labelsOf(target, client.name), status: "failed", error };
      },
    ),
  );

  const summary = { ready: 0, unchanged: 0, failed: 0 };
  for (const item of items) summary[item.status] += 1;
  return { items, summary };
}
