"use client";
// Step 2: what to change, with the agent editor's own editors (hours, FAQ, transfers, voice), and
// "start from an agent" to copy one chosen agent's current value into the editor.
import { useState } from "react";
import { Field } from "@/app/_components/field";
import { useToast } from "@/app/_components/toaster";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";
import { BusinessHoursEditor } from "../clients/[clientId]/agents/_editor/business-hours-editor";
import { EscalationPicker, TextAreaField } from "../clients/[clientId]/agents/_editor/editor-parts";
import { FaqEditor } from "../clients/[clientId]/agents/_editor/faq-editor";
import { VoicePicker } from "../clients/[clientId]/agents/_editor/voice-picker";
import { draftFromAgent, FIELD_OPTIONS, fieldLabelOf, type BulkDraft } from "./bulk-draft";

export interface ChosenAgent {
  clientId: string;
  clientName: string;
  agentId: string;
  agentName: string;
}

function CopyFromAgent({ chosen, draft, onChange }: { chosen: ChosenAgent[]; draft: BulkDraft; onChange: (draft: BulkDraft) => void }) {
  const toast = useToast();
  const [source, setSource] = useState("");
  const [pending, setPending] = useState(false);
  const picked = chosen.find((agent) => `${agent.clientId}:${agent.agentId}` === source) ?? chosen[0];
  if (!picked) return null;
  async function copy() {
    if (!picked) return;
    setPending(true);
    try {
      const agent = await apiFetch<Agent>(`/api/clients/${picked.clientId}/agents/${encodeURIComponent(picked.agentId)}`);
      onChange(draftFromAgent(draft, agent));
      toast.show(`${fieldLabelOf(draft.field)} copied from ${picked.agentName} (${picked.clientName}).`);
    } catch (error) {
      toast.show(error instanceof ApiRequestError ? error.message : "Could not read that agent.", "error");
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="row bulk-copy">
      <label htmlFor="bulk-copy-source" className="small muted">Start from the current value of</label>
      <select id="bulk-copy-source" className="input" value={source || `${picked.clientId}:${picked.agentId}`} onChange={(event) => setSource(event.target.value)}>
        {chosen.map((agent) => (
          <option key={`${agent.clientId}:${agent.agentId}`} value={`${agent.clientId}:${agent.agentId}`}>{agent.agentName} · {agent.clientName}</option>
        ))}
      </select>
      <button type="button" className="btn" onClick={() => void copy()} disabled={pending} aria-busy={pending}>
        {pending ? <span className="spinner" aria-hidden /> : null}Copy
      </button>
    </div>
  );
}

export function ChangeEditor({
  draft,
  onChange,
  chosen,
  serverErrors,
  attempted,
}: {
  draft: BulkDraft;
  onChange: (draft: BulkDraft) => void;
  chosen: ChosenAgent[];
  serverErrors: Record<string, string[]>;
  attempted: boolean;
}) {
  const set = (patch: Partial<BulkDraft>) => onChange({ ...draft, ...patch });
  const voiceClient = chosen[0];
  const otherClients = new Set(chosen.map((agent) => agent.clientId).filter((id) => id !== voiceClient?.clientId)).size;

  return (
    <div className="stack">
      <fieldset className="bulk-field-choice">
        <legend>What to change</legend>
        <div className="bulk-field-grid">
          {FIELD_OPTIONS.map((option) => (
            <label key={option.value} className={`policy-card ${draft.field === option.value ? "selected" : ""}`}>
              <input type="radio" name="bulk-field" value={option.value} checked={draft.field === option.value} onChange={() => set({ field: option.value })} />
              <span>
                <strong>{option.label}</strong>
                <span className="hint block">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <CopyFromAgent chosen={chosen} draft={draft} onChange={onChange} />

      {draft.field === "business_hours" ? <BusinessHoursEditor value={draft.business_hours} onChange={(business_hours) => set({ business_hours })} serverErrors={serverErrors} /> : null}

      {draft.field === "greeting" ? (
        <TextAreaField name="greeting" label="Greeting" rows={3} value={draft.greeting} onChange={(event) => set({ greeting: event.target.value })} maxLength={1000} placeholder="Hello, thanks for calling! How can I help?" hint="The first thing callers hear, for every chosen agent." errors={serverErrors.greeting} />
      ) : null}

      {draft.field === "faq" ? (
        <>
          <fieldset className="bulk-faq-mode">
            <legend>How the entries are used</legend>
            <label className="row small">
              <input type="radio" name="bulk-faq-mode" checked={draft.faqMode === "append"} onChange={() => set({ faqMode: "append" })} />
              <span><strong>Add to each agent&apos;s FAQ</strong> — a question the agent already has (in any case) is skipped.</span>
            </label>
            <label className="row small">
              <input type="radio" name="bulk-faq-mode" checked={draft.faqMode === "replace"} onChange={() => set({ faqMode: "replace" })} />
              <span><strong>Replace each agent&apos;s FAQ</strong> — the agents answer exactly these questions afterwards.</span>
            </label>
          </fieldset>
          {serverErrors.faq?.[0] ? <span className="error small" role="alert">{serverErrors.faq[0]}</span> : null}
          <FaqEditor value={draft.faq} onChange={(faq) => set({ faq })} serverErrors={serverErrors} showEmptyErrors={attempted} />
        </>
      ) : null}

      {draft.field === "escalation_policy" ? (
        <>
          <EscalationPicker value={draft.escalation_policy} onChange={(escalation_policy) => set({ escalation_policy })} error={serverErrors.escalation_policy?.[0]} />
          <div className="grid-2 tight">
            <Field name="forwarding_number" label="Forwarding number" type="tel" value={draft.forwarding_number} onChange={(event) => set({ forwarding_number: event.target.value })} placeholder="Keep each agent's" hint="Empty keeps each agent's own. Without a +, read in each client's country." errors={serverErrors.forwarding_number} autoComplete="off" />
            <Field name="escalation_number" label="Backup (escalation) number" type="tel" value={draft.escalation_number} onChange={(event) => set({ escalation_number: event.target.value })} placeholder="Keep each agent's" hint="Empty keeps each agent's own." errors={serverErrors.escalation_number} autoComplete="off" />
          </div>
        </>
      ) : null}

      {draft.field === "voice_id" ? (
        voiceClient ? (
          <>
            <p className="small muted" role="note">
              Voices offered to <strong>{voiceClient.clientName}</strong>.
              {otherClients > 0 ? ` The preview checks each of the other ${otherClients === 1 ? "client" : `${otherClients} clients`}: an agent whose account does not offer this voice is shown as failing, and is not changed.` : ""}
            </p>
            <VoicePicker clientId={voiceClient.clientId} initialVoices={null} value={draft.voice_id} onChange={(voice_id) => set({ voice_id })} error={serverErrors.voice_id?.[0]} />
          </>
        ) : (
          <p className="muted small">Choose agents first: the voices come from their client&apos;s OnCallClerk account.</p>
        )
      ) : null}
    </div>
  );
}
