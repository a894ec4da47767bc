"use client";
// "Restore this version", asked once more: what will happen, then the POST. Afterwards a toast says
// what was sent, and the page is rendered again from OnCallClerk so it shows the agent as it is now.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import type { RestoreResult } from "@/lib/agents/versions/restore";
import { apiFetch } from "@/lib/swr/fetcher";
import { versionsUrl } from "@/lib/swr/use-agent-versions";
import { revalidateClient } from "../../_editor/agent-requests";

type Answer = Omit<RestoreResult, "agent">;

export function RestoreConfirm({ clientId, agentId, version, onDone }: { clientId: string; agentId: string; version: number; onDone: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, submit } = useApiForm();
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => confirm.current?.focus(), []);

  async function restore() {
    const answer = await submit(() => apiFetch<Answer>(`${versionsUrl(clientId, agentId)}/${version}/restore`, { method: "POST" }));
    if (!answer) return;
    toast.show(answer.message);
    onDone();
    await revalidateClient(clientId);
    router.refresh();
  }

  return (
    <div className="alert warn history-confirm" role="group" aria-label={`Restore version ${version}`}>
      <div className="stack" style={{ gap: 8 }}>
        <strong>Restore version {version}?</strong>
        <span>
          The settings that differ from version {version} are changed back in OnCallClerk, and calls are answered that way from now on. The restore is kept as a new version, so you
          can undo it the same way.
        </span>
        {message ? <span className="error" role="alert">{message}</span> : null}
        <div className="row">
          <button ref={confirm} type="button" className="btn primary" onClick={restore} disabled={pending} aria-busy={pending}>
            {pending ? <span className="spinner" aria-hidden /> : null}
            Restore version {version}
          </button>
          <button type="button" className="btn" onClick={onDone} disabled={pending}>Cancel</button>
        </div>
      </div>
    </div>
  );
}
