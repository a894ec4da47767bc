"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { mutate } from "swr";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";
import { CLIENTS_KEY } from "@/lib/swr/use-clients";

/** Removal asks for the client's name to be typed, so it cannot happen by a stray click. */
export function RemoveClientForm({ clientId, name }: { clientId: string; name: string }) {
  const router = useRouter();
  const toast = useToast();
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed !== name) return;
    setPending(true);
    setMessage(null);
    try {
      await apiFetch(`/api/clients/${clientId}`, { method: "DELETE" });
      await mutate(CLIENTS_KEY);
      toast.show(`${name} was removed from the portal.`);
      router.replace("/");
      router.refresh();
    } catch (error) {
      setMessage(error instanceof ApiRequestError ? error.message : "Something went wrong.");
      setPending(false);
    }
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
      />
      <div>
        <SubmitButton pending={pending} disabled={typed !== name} className="btn danger solid">
          Remove client
        </SubmitButton>
      </div>
      {typed !== "" && typed !== name ? <span className="small muted">The name does not match yet.</span> : null}
    </form>
  );
}
