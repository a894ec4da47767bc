"use client";
// The bulk page's four steps on one page: choose agents → choose the change → preview → apply.
// Any edit to the agents or the change drops the preview, so what is applied is always what was
// previewed. Apply sends only the agents the preview found changeable, each with the updated_at the
// preview saw; the rest are reported as they were previewed (unchanged, or failed and why).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useToast } from "@/app/_components/toaster";
import { isValidTimeZone } from "@/lib/agents/time-zones";
import type { BulkApplyItem } from "@/lib/bulk/apply";
import type { BulkPreview } from "@/lib/bulk/preview";
import { ApiRequestError } from "@/lib/swr/fetcher";
import { AgentPicker, targetKey } from "./agent-picker";
import { changeBody, changeFieldErrors, initialDraft, localProblem, type BulkDraft } from "./bulk-draft";
import { applyInChunks, previewRequest, revalidateClients, type ApplyTarget } from "./bulk-requests";
import { BulkStep } from "./bulk-step";
import { ChangeEditor, type ChosenAgent } from "./change-editor";
import type { AgentGroup } from "./load-agent-groups";
import { PreviewTable } from "./preview-table";
import { ApplyProgress, ResultsTable, type ResultRow } from "./results-panel";

type Target = { clientId: string; agentId: string };
type Preview = BulkPreview & { change: Record<string, unknown> };
type Run = { rows: ResultRow[]; total: number; done: number; finished: boolean };

const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

function browserZone(): string {
  // Only rendered after the first selection (client-side), so the server's zone never shows.
  const zone = typeof Intl === "object" ? Intl.DateTimeFormat().resolvedOptions().timeZone : "";
  return zone && isValidTimeZone(zone) ? zone : "UTC";
}

const countOf = (rows: ResultRow[], status: BulkApplyItem["status"]) => rows.filter((row) => row.item?.status === status).length;

export function BulkWorkspace({ groups, canFixKeys }: { groups: AgentGroup[]; canFixKeys: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [filter, setFilter] = useState("");
  const [draft, setDraft] = useState<BulkDraft>(() => initialDraft(browserZone()));
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<{ message: string; fieldErrors: Record<string, string[]> } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [run, setRun] = useState<Run | null>(null);

  const chosen: ChosenAgent[] = groups.flatMap((group) =>
    group.ok
      ? group.agents.filter((agent) => selected.has(targetKey(group.clientId, agent.id))).map((agent) => ({ clientId: group.clientId, clientName: group.clientName, agentId: agent.id, agentName: agent.name }))
      : [],
  );
  const clientCount = new Set(chosen.map((agent) => agent.clientId)).size;
  const applying = run !== null && !run.finished;

  const select = (next: Set<string>) => {
    setSelected(next);
    setPreview(null);
  };
  const edit = (next: BulkDraft) => {
    setDraft(next);
    setPreview(null);
    setProblem(null);
  };

  async function runPreview(targets: Target[]) {
    setAttempted(true);
    setProblem(null);
    const local = localProblem(draft);
    if (local) {
      setProblem({ message: local, fieldErrors: {} });
      return focusById("bulk-change-errors");
    }
    const change = changeBody(draft);
    setPreviewing(true);
    setRun(null);
    try {
      setPreview({ ...(await previewRequest(targets, change)), change });
      focusById("bulk-preview-title");
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? { message: error.message, fieldErrors: error.fieldErrors } : { message: "Something went wrong.", fieldErrors: {} });
      focusById("bulk-change-errors");
    } finally {
      setPreviewing(false);
    }
  }

  async function apply() {
    if (!preview) return;
    const rows: ResultRow[] = preview.items.map((item) => ({
      key: targetKey(item.clientId, item.agentId),
      clientName: item.clientName,
      agentName: item.agentName,
      agentId: item.agentId,
      voiceNames: item.status === "failed" ? undefined : item.voiceNames,
      item:
        item.status === "failed"
          ? { clientId: item.clientId, agentId: item.agentId, clientName: item.clientName, agentName: item.agentName, businessName: item.businessName, status: "failed", error: item.error }
          : item.status === "unchanged"
            ? { clientId: item.clientId, agentId: item.agentId, clientName: item.clientName, agentName: item.agentName, businessName: item.businessName, status: "unchanged", after: item.after }
            : null,
    }));
    const targets: ApplyTarget[] = preview.items.flatMap((item) =>
      item.status === "ready" ? [{ clientId: item.clientId, agentId: item.agentId, clientName: item.clientName, agentName: item.agentName, businessName: item.businessName, ...(item.updatedAt ? { updatedAt: item.updatedAt } : {}) }] : [],
    );
    const outcomes = new Map(rows.map((row) => [row.key, row.item]));
    setRun({ rows, total: targets.length, done: 0, finished: false });
    setPreview(null);
    focusById("bulk-results-title");
    await applyInChunks(targets, preview.change, (items) => {
      for (const item of items) outcomes.set(targetKey(item.clientId, item.agentId), item);
      setRun((current) => current && { ...current, done: current.done + items.length, rows: current.rows.map((row) => ({ ...row, item: outcomes.get(row.key) ?? row.item })) });
    });
    const final = rows.map((row) => ({ ...row, item: outcomes.get(row.key) ?? row.item }));
    setRun((current) => current && { ...current, rows: final, finished: true });
    const [applied, failed, unchanged] = [countOf(final, "applied"), countOf(final, "failed"), countOf(final, "unchanged")];
    toast.show(`Bulk change: ${applied} applied, ${failed} failed, ${unchanged} unchanged.`, failed > 0 ? "error" : "info");
    await revalidateClients(final.filter((row) => row.item?.status === "applied").map((row) => row.item!.clientId));
    router.refresh();
  }

  function retryFailed() {
    if (!run) return;
    const failed = run.rows.flatMap((row) => (row.item?.status === "failed" ? [{ clientId: row.item.clientId, agentId: row.item.agentId }] : []));
    setSelected(new Set(failed.map((target) => targetKey(target.clientId, target.agentId))));
    void runPreview(failed);
  }

  const errorEntries = Object.entries(problem?.fieldErrors ?? {}).filter(([, messages]) => messages.length > 0);
  const readyCount = preview?.summary.ready ?? 0;

  return (
    <div className="stack bulk-page">
      <BulkStep number={1} id="bulk-agents" title="Choose agents" aside={chosen.length ? `${chosen.length} agent${chosen.length === 1 ? "" : "s"} of ${clientCount} client${clientCount === 1 ? "" : "s"} chosen` : "None chosen yet"}>
        <AgentPicker groups={groups} selected={selected} onSelect={select} filter={filter} onFilter={setFilter} canFixKeys={canFixKeys} />
      </BulkStep>

      <BulkStep number={2} id="bulk-change" title="Choose the change" aside="Only this field is sent; everything else about each agent stays as it is.">
        {chosen.length === 0 ? (
          <p className="muted">Choose at least one agent above.</p>
        ) : (
          <form
            className="stack"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void runPreview(chosen.map(({ clientId, agentId }) => ({ clientId, agentId })));
            }}
          >
            <ChangeEditor draft={draft} onChange={edit} chosen={chosen} serverErrors={changeFieldErrors(problem?.fieldErrors ?? {})} attempted={attempted} />
            <div id="bulk-change-errors" tabIndex={-1}>
              {problem ? (
                <div className="alert danger" role="alert">
                  <div>
                    <strong>{problem.message}</strong>
                    {errorEntries.length ? <ul className="error-summary">{errorEntries.map(([key, messages]) => <li key={key}>{messages[0]}</li>)}</ul> : null}
                  </div>
                </div>
              ) : null}
            </div>
            <div className="row">
              <button type="submit" className="btn primary" disabled={previewing || applying} aria-busy={previewing}>
                {previewing ? <span className="spinner" aria-hidden /> : null}
                {previewing ? "Previewing…" : `Preview for ${chosen.length} agent${chosen.length === 1 ? "" : "s"}`}
              </button>
              <span className="small muted">Nothing is changed until you apply.</span>
            </div>
          </form>
        )}
      </BulkStep>

      {preview ? (
        <BulkStep number={3} id="bulk-preview" title="Preview" aside={`${preview.summary.ready} will change · ${preview.summary.unchanged} unchanged · ${preview.summary.failed} cannot be changed`}>
          <PreviewTable items={preview.items} />
          <div className="row">
            <button type="button" className="btn primary" onClick={() => void apply()} disabled={readyCount === 0}>
              Apply to {readyCount} agent{readyCount === 1 ? "" : "s"}
            </button>
            {readyCount === 0 ? <span className="small muted">Nothing to apply: every agent is unchanged or cannot be changed.</span> : null}
          </div>
        </BulkStep>
      ) : null}

      {run ? (
        <BulkStep number={4} id="bulk-results" title={run.finished ? "Results" : "Applying"} aside={run.finished ? `${countOf(run.rows, "applied")} applied, ${countOf(run.rows, "failed")} failed, ${countOf(run.rows, "unchanged")} unchanged` : undefined}>
          {!run.finished ? <ApplyProgress done={run.done} total={run.total} /> : null}
          <ResultsTable rows={run.rows} />
          {run.finished ? (
            <div className="row">
              {countOf(run.rows, "failed") > 0 ? (
                <button type="button" className="btn primary" onClick={retryFailed} disabled={previewing}>
                  Retry failed ({countOf(run.rows, "failed")})
                </button>
              ) : null}
              <span className="small muted">Retrying previews the failed agents again first, so nothing is sent blind.</span>
            </div>
          ) : null}
        </BulkStep>
      ) : null}
    </div>
  );
}
