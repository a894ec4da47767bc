"use client";
// "Save as template" on an agent's page: a small form under the button (name prefilled, optional
// description). The server reads the agent from OnCallClerk again and keeps its settings only —
// no names, no phone number — so what is saved is what OnCallClerk has, not what this page showed.
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { TEMPLATE_DESCRIPTION_MAX, TEMPLATE_NAME_MAX } from "@/lib/templates/limits";
import { saveAgentAsTemplateRequest } from "../../../../templates/template-requests";

const TEMPLATES_LINK = { href: "/templates", label: "View templates" };

export function SaveAsTemplate({
  clientId,
  agentId,
  agentName,
  numbers,
}: {
  clientId: string;
  agentId: string;
  agentName: string;
  /** The forwarding and backup numbers a template copies, to say so before saving. */
  numbers: string[];
}) {
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const button = useRef<HTMLButtonElement>(null);

  function show() {
    setName(`${agentName} template`.slice(0, TEMPLATE_NAME_MAX));
    setDescription("");
    setSaved(null);
    setOpen(true);
  }
  function close() {
    setOpen(false);
    button.current?.focus();
  }

  // Esc closes the form, as it would a menu.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && close();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const template = await submit(() => saveAgentAsTemplateRequest({ name, ...(description.trim() ? { description } : {}), clientId, agentId }));
    if (!template) return;
    setSaved(template.name);
    toast.show(`Saved as template “${template.name}”.`, "info", TEMPLATES_LINK);
  }

  return (
    <div className="save-template-anchor">
      <button ref={button} type="button" className="btn" aria-expanded={open} aria-controls="save-template-panel" onClick={() => (open ? close() : show())}>
        Save as template
      </button>
      {open ? (
        <div id="save-template-panel" className="card save-template-panel">
          {saved ? (
            <div className="card-body save-template" role="status">
              <strong>Saved as “{saved}”</strong>
              <span className="muted">Use it for new agents of any client from the templates page.</span>
              <div className="row">
                <Link className="btn primary" href="/templates">View templates</Link>
                <button type="button" className="btn" onClick={close}>Done</button>
              </div>
            </div>
          ) : (
            <form className="card-body save-template" onSubmit={onSubmit} noValidate aria-label="Save as template">
              <h3>Save as template</h3>
              <p className="small muted" style={{ margin: 0 }}>
                Keeps the voice, greeting, instructions, transfers, business hours, FAQ and functions. Not the names or the agent&apos;s own phone number.
              </p>
              {numbers.length ? (
                <div className="alert warn small" role="note">
                  <div>
                    The {numbers.length === 1 ? "transfer number" : "transfer numbers"} <span className="mono">{numbers.join(", ")}</span>{" "}
                    {numbers.length === 1 ? "is" : "are"} copied too: agents made from this template put calls through to {numbers.length === 1 ? "it" : "them"} unless you change {numbers.length === 1 ? "it" : "them"}.
                  </div>
                </div>
              ) : null}
              {message ? <div className="alert danger" role="alert">{message}</div> : null}
              <Field name="template-name" label="Template name" value={name} onChange={(event) => setName(event.target.value)} maxLength={TEMPLATE_NAME_MAX} errors={fieldErrors.name} autoComplete="off" autoFocus />
              <Field name="template-description" label="Description" value={description} onChange={(event) => setDescription(event.target.value)} maxLength={TEMPLATE_DESCRIPTION_MAX} placeholder="Optional, e.g. Dental practice, weekday hours" errors={fieldErrors.description} autoComplete="off" />
              {Object.keys(fieldErrors).some((key) => key.startsWith("config.")) ? (
                <div className="alert danger" role="alert">Some of this agent&apos;s settings need fixing first: edit the agent, then save it as a template.</div>
              ) : null}
              <div className="row">
                <SubmitButton pending={pending}>{pending ? "Saving…" : "Save template"}</SubmitButton>
                <button type="button" className="btn" onClick={close}>Cancel</button>
              </div>
            </form>
          )}
        </div>
      ) : null}
    </div>
  );
}
