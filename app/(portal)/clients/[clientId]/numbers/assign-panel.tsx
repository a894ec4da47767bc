"use client";
// The second click of "assign in two clicks": which agent (preselected when there is only one),
// then confirm. The server checks the subscription and the bundle again; its refusals are shown
// here with the way forward.
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { mutate } from "swr";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import type { Agent } from "@/lib/oncallclerk";
import type { ShownNumber } from "@/lib/phone/search-schemas";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";
import { revalidateBundles } from "@/lib/swr/use-bundles";
import { agentsKey, revalidateAfterAssignment } from "@/lib/swr/use-numbers";

type Problem = { message: string; bundleCountry?: string };

export function AssignPanel({
  clientId,
  number,
  agents,
  national,
  onCancel,
  onAssigned,
}: {
  clientId: string;
  number: ShownNumber;
  agents: Agent[];
  national: Record<string, string>;
  onCancel: () => void;
  onAssigned: () => void;
}) {
  const toast = useToast();
  const [agentId, setAgentId] = useState(agents.length === 1 ? agents[0]!.id : "");
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const firstControl = useRef<HTMLDivElement>(null);

  // Keyboard users land on the next decision: the agent list, or Confirm when there is one agent.
  useEffect(() => {
    const target = agents.length === 1 ? firstControl.current?.querySelector<HTMLElement>("button[type=submit]") : firstControl.current?.querySelector<HTMLElement>("select");
    target?.focus();
  }, [agents.length]);

  const agent = agents.find((candidate) => candidate.id === agentId);
  const shown = number.nationalFormat;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!agent) return;
    setPending(true);
    setProblem(null);
    try {
      const updated = await apiFetch<Agent>(`/api/clients/${clientId}/agents/${encodeURIComponent(agent.id)}/phone`, {
        method: "POST",
        json: { requestedNumber: number.phoneNumber },
      });
      // Show the new number at once, then let every agent view and the search catch up.
      await mutate<Agent[]>(agentsKey(clientId), (current) => current?.map((item) => (item.id === agent.id ? { ...item, ...updated } : item)), { revalidate: false });
      toast.show(`${shown} is now ${agent.agent_name || "the agent"}'s number.`);
      onAssigned();
      void revalidateAfterAssignment(clientId);
    } catch (error) {
      const apiError = error instanceof ApiRequestError ? error : null;
      if (apiError?.code === "bundle_required") {
        const country = number.isoCountry ?? "";
        setProblem({ message: apiError.message, ...(country ? { bundleCountry: country } : {}) });
        if (country) void revalidateBundles(clientId, country);
      } else if (apiError?.status === 409 && apiError.code !== "phone_numbers_not_allowed") {
        setProblem({ message: `${shown} was taken in the meantime. The list has been refreshed; pick another number.` });
        void revalidateAfterAssignment(clientId);
      } else {
        setProblem({ message: apiError?.message ?? "Something went wrong. Try again." });
      }
      toast.show(`${shown} was not assigned.`, "error");
    } finally {
      setPending(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape" && !pending) onCancel();
  }

  return (
    <form className="assign-panel" method="post" onSubmit={onSubmit} onKeyDown={onKeyDown} aria-label={`Assign ${shown}`} noValidate>
      <div className="assign-panel-body" ref={firstControl}>
        <p className="assign-title">
          Assign <strong>{shown}</strong> to
        </p>
        <div className="assign-agent">
          <SelectField
            name="agentId"
            id={`assign-agent-${number.phoneNumber.replace(/\D/g, "")}`}
            label="Agent"
            value={agentId}
            onChange={(event) => setAgentId(event.target.value)}
            options={[
              ...(agents.length === 1 ? [] : [{ value: "", label: "Choose an agent…" }]),
              ...agents.map((item) => ({ value: item.id, label: `${item.agent_name || "Unnamed agent"}${item.phone_number ? ` (now ${national[item.phone_number] ?? item.phone_number})` : " (no number yet)"}` })),
            ]}
            hint={agent?.phone_number ? `Replaces ${national[agent.phone_number] ?? agent.phone_number} on this agent.` : undefined}
          />
        </div>
        <div className="row assign-actions">
          <SubmitButton pending={pending} disabled={!agent}>{pending ? "Assigning…" : "Confirm assignment"}</SubmitButton>
          <button type="button" className="btn" onClick={onCancel} disabled={pending}>Cancel</button>
        </div>
      </div>
      {problem ? (
        <div className="alert danger" role="alert" style={{ marginTop: 12 }}>
          <div>
            {problem.message}
            {problem.bundleCountry ? <> <Link href={`/clients/${clientId}/bundles?country=${problem.bundleCountry}`}>Go to {problem.bundleCountry} bundles</Link></> : null}
          </div>
        </div>
      ) : null}
    </form>
  );
}
