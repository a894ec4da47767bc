"use client";
// Create an API token: name, role (no more than the person's own), expiry. The token is shown once,
// right here, with a copy button; after that only its prefix is ever shown again.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTokenRequest, tokenDate, type CreatedToken } from "./token-requests";

const EXPIRY_OPTIONS = [
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
  { value: "", label: "Never" },
];

export function CreateTokenForm({ roles }: { roles: { value: Role; label: string }[] }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const days = String(data.get("expiresInDays") ?? "");
    const result = await submit(() =>
      createTokenRequest({ name: String(data.get("name") ?? ""), role: String(data.get("role")) as Role, ...(days ? { expiresInDays: Number(days) } : {}) }),
    );
    if (!result) return;
    form.reset();
    setCopied(false);
    setCreated(result);
    toast.show(`Token “${result.name}” created. Copy it now: it is not shown again.`);
    router.refresh();
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(true);
      toast.show("Token copied to the clipboard.");
    } catch {
      toast.show("Could not copy: select the token and copy it yourself.", "error");
    }
  }

  return (
    <section className="card card-body stack" aria-labelledby="create-token-title">
      <h2 id="create-token-title">Create a token</h2>
      {created ? (
        <div className="alert warn token-once" role="status">
          <div className="stack">
            <strong>Copy “{created.name}” now. It will not be shown again.</strong>
            <span className="small">Anyone with this token can act as you ({roles.find((role) => role.value === created.role)?.label ?? created.role}) until it {created.expiresAt ? `expires on ${tokenDate(created.expiresAt)}` : "is revoked"}. Keep it in a secret store, never in code.</span>
            <div className="row token-value-row">
              <code className="token-value" aria-label="New API token">{created.token}</code>
              <button type="button" className="btn primary" onClick={() => void copy()}>{copied ? "Copied" : "Copy"}</button>
              <button type="button" className="btn" onClick={() => setCreated(null)}>Done</button>
            </div>
          </div>
        </div>
      ) : null}
      <form className="form token-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {message ? <div className="alert danger" role="alert">{message}</div> : null}
        <div className="form-grid token-form-grid">
          <Field name="name" label="Name" placeholder="e.g. Nightly report script" maxLength={80} required errors={fieldErrors.name} hint="What uses it, so you recognise it later" />
          <SelectField name="role" label="Role" options={roles} defaultValue={roles.at(-1)?.value} errors={fieldErrors.role} hint="The most it may do; never more than you" />
          <SelectField name="expiresInDays" label="Expires" options={EXPIRY_OPTIONS} defaultValue="90" errors={fieldErrors.expiresInDays} />
        </div>
        <div className="row">
          <SubmitButton pending={pending}>{pending ? "Creating…" : "Create token"}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
