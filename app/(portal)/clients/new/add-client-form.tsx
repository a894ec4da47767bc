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

export function AddClientForm({ countries }: { countries: CountryOption[] }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const client = await submit(() =>
      apiFetch<{ id: string; name: string }>("/api/clients", {
        method: "POST",
        json: { name: String(form.get("name") ?? ""), apiKey: String(form.get("apiKey") ?? ""), country: String(form.get("country") ?? "US") },
      }),
    );
    if (!client) return;
    await mutate(CLIENTS_KEY);
    toast.show(`${client.name} is connected.`);
    router.push(`/clients/${client.id}/agents`);
    router.refresh();
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <Field name="name" label="Client name" placeholder="Acme Dental" required autoFocus maxLength={100} errors={fieldErrors.name} />
      <Field
        name="apiKey"
        label="OnCallClerk API key"
        type="password"
        autoComplete="off"
        spellCheck={false}
        required
        hint="Checked with OnCallClerk before it is saved."
        errors={fieldErrors.apiKey}
      />
      <SelectField
        name="country"
        label="Country"
        defaultValue="US"
        options={countries.map((country) => ({ value: country.code, label: country.name }))}
        hint="Phone numbers typed without a + are read as this country's."
        errors={fieldErrors.country}
      />
      <div className="row">
        <SubmitButton pending={pending}>{pending ? "Checking key…" : "Add client"}</SubmitButton>
        <button type="button" className="btn" onClick={() => router.back()} disabled={pending}>Cancel</button>
      </div>
    </form>
  );
}
