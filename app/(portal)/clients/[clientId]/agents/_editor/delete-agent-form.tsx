"use client";
// Deleting an agent is irreversible upstream (its number is released, its transcripts deleted), so
// it asks for the agent's name to be typed first.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { deleteAgentRequest, revalidateClient } from "./agent-requests";

export function DeleteAgentForm({ clientId, agentId, name, phoneNumber }: { clientId: string; agentId: string; name: string; phoneNumber: string | null }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, submit } = useApiForm();
  const [typed, setTyped] = useState("");
  const matches = typed.trim() === name;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    const done = await submit(async () => {
      await deleteAgentRequest(clientId, agentId);
      return true;
    });
    if (!done) return;
    toast.show(`Agent “${name}” was deleted.`);
    await revalidateClient(clientId);
    router.replace(`/clients/${clientId}/agents`);
    router.refresh();
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate aria-label="Delete agent">
      <div className="alert danger" role="note">
        <div>
          <strong>This cannot be undone</strong>
          Deleting the agent in OnCallClerk releases its phone number{phoneNumber ? <> (<span className="mono">{phoneNumber}</span>)</> : null}, so
          callers to it stop reaching anyone, and deletes all of its call transcripts.
        </div>
      </div>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <Field name="confirm-agent-name" label={`Type “${name}” to confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
      <div className="row">
        <SubmitButton pending={pending} disabled={!matches} className="btn danger solid">Delete agent</SubmitButton>
        {typed !== "" && !matches ? <span className="small muted">The name does not match yet.</span> : null}
      </div>
    </form>
  );
}
