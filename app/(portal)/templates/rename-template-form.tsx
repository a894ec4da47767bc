"use client";
// Rename a template and change its description (PATCH); the list refreshes from the server.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { TEMPLATE_DESCRIPTION_MAX, TEMPLATE_NAME_MAX } from "@/lib/templates/limits";
import { updateTemplateRequest } from "./template-requests";

export function RenameTemplateForm({ template, onDone }: { template: { id: string; name: string; description: string | null }; onDone: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description ?? "");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      ...(name.trim() !== template.name ? { name } : {}),
      ...(description.trim() !== (template.description ?? "") ? { description: description.trim() === "" ? null : description } : {}),
    };
    if (Object.keys(body).length === 0) return onDone();
    const saved = await submit(() => updateTemplateRequest(template.id, body));
    if (!saved) return;
    toast.show(`Template saved as “${saved.name}”.`);
    onDone();
    router.refresh();
  }

  return (
    <form className="template-panel" onSubmit={onSubmit} noValidate aria-label={`Rename ${template.name}`}>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <div className="template-panel-fields grid-2 tight">
        <Field name="name" id={`rename-${template.id}-name`} label="Template name" value={name} onChange={(event) => setName(event.target.value)} maxLength={TEMPLATE_NAME_MAX} errors={fieldErrors.name} autoComplete="off" autoFocus />
        <Field name="description" id={`rename-${template.id}-description`} label="Description" value={description} onChange={(event) => setDescription(event.target.value)} maxLength={TEMPLATE_DESCRIPTION_MAX} placeholder="Optional" errors={fieldErrors.description} autoComplete="off" />
      </div>
      <div className="row template-panel-actions">
        <SubmitButton pending={pending}>{pending ? "Saving…" : "Save"}</SubmitButton>
        <button type="button" className="btn" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
