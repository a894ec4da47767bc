"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { mutate } from "swr";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import type { CountryOption } from "@/lib/clients/countries";
import { apiFetch } from "@/lib/swr/fetcher";
import { CLIENTS_KEY } from "@/lib/swr/use-clients";

/** PATCH /api/clients/:id with one field; shows field errors, toasts on success, refreshes the page. */
function usePatchClient(clientId: string) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors: errors, submit } = useApiForm();

  async function patch(body: Record<string, string>, success: string): Promise<boolean> {
    const done = await submit(() => apiFetch(`/api/clients/${clientId}`, { method: "PATCH", json: body }));
    if (done === undefined) return false;
    await mutate(CLIENTS_KEY);
    toast.show(success);
    router.refresh();
    return true;
  }
  return { patch, pending, errors, message };
}

export function RenameClientForm({ clientId, name }: { clientId: string; name: string }) {
  const { patch, pending, errors, message } = usePatchClient(clientId);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("name") ?? "");
    await patch({ name: value }, "Client renamed.");
  }
  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <Field name="name" label="Client name" defaultValue={name} required maxLength={100} errors={errors.name} />
      <div><SubmitButton pending={pending}>Save name</SubmitButton></div>
    </form>
  );
}

export function ReplaceKeyForm({ clientId }: { clientId: string }) {
  const { patch, pending, errors, message } = usePatchClient(clientId);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const value = String(new FormData(form).get("apiKey") ?? "");
    if (await patch({ apiKey: value }, "API key replaced and verified.")) form.reset();
  }
  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <Field name="apiKey" label="New API key" type="password" autoComplete="off" spellCheck={false} required errors={errors.apiKey} />
      <div><SubmitButton pending={pending}>{pending ? "Checking key…" : "Replace key"}</SubmitButton></div>
    </form>
  );
}

export function CountryForm({ clientId, country, countries }: { clientId: string; country: string; countries: CountryOption[] }) {
  const { patch, pending, errors, message } = usePatchClient(clientId);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("country") ?? "");
    await patch({ country: value }, "Country saved.");
  }
  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <SelectField
        name="country"
        label="Country"
        defaultValue={country}
        options={countries.map((option) => ({ value: option.code, label: option.name }))}
        hint="Phone numbers typed without a + (forwarding, escalation, profile) are read as this country's."
        errors={errors.country}
      />
      <div><SubmitButton pending={pending}>Save country</SubmitButton></div>
    </form>
  );
}
