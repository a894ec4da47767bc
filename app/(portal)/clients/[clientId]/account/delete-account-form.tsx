"use client";
// Deleting the client's whole OnCallClerk account. The client's name must be typed (compared the
// way the server compares it: trimmed, any case), so it cannot happen by a stray click; the server
// removes the client here only after OnCallClerk confirmed.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { mutate } from "swr";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { apiFetch } from "@/lib/swr/fetcher";
import { CLIENTS_KEY } from "@/lib/swr/use-clients";

const same = (a: string, b: string) => a.trim().toLocaleLowerCase("en") === b.trim().toLocaleLowerCase("en");

export function DeleteAccountForm({ clientId, name }: { clientId: string; name: string }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();
  const [typed, setTyped] = useState("");
  const [done, setDone] = useState(false);
  const matches = same(typed, name);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    const result = await submit(async () => {
      await apiFetch<unknown>(`/api/clients/${clientId}/user`, { method: "DELETE", json: { confirm: typed } });
      return true;
    });
    if (!result) return;
    setDone(true);
    await mutate(CLIENTS_KEY);
    toast.show(`${name}'s OnCallClerk account was deleted and ${name} was removed from the portal.`);
    router.replace("/");
    router.refresh();
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <Field
        name="confirm"
        label={`Type "${name}" to confirm`}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        errors={fieldErrors.confirm}
      />
      <div className="row">
        <SubmitButton pending={pending || done} disabled={!matches} className="btn danger solid">
          {pending || done ? "Deleting…" : "Delete OnCallClerk account"}
        </SubmitButton>
        {typed !== "" && !matches ? <span className="small muted">The name does not match yet.</span> : null}
      </div>
    </form>
  );
}
