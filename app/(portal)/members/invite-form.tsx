"use client";
// Invite someone: email, role, their clients. The answer's link is shown once, with a copy button.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import type { Role } from "@/lib/generated/prisma/enums";
import { AccessFields } from "./access-fields";
import { InviteLink } from "./invite-link";
import { inviteRequest, type AccessChoice, type IssuedLink } from "./member-requests";

const START: AccessChoice = { role: "member", allClients: true, clientIds: [], clientGrants: [] };

export function InviteForm({ roles, clients }: { roles: Role[]; clients: { id: string; name: string }[] }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();
  const [choice, setChoice] = useState<AccessChoice>(START);
  const [link, setLink] = useState<IssuedLink | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get("email") ?? "");
    const issued = await submit(() => inviteRequest(email, choice));
    if (!issued) return;
    setLink(issued);
    form.reset();
    setChoice(START);
    toast.show(`Invitation for ${issued.email} created.`);
    router.refresh();
  }

  return (
    <div className="stack">
      {link ? <InviteLink link={link} onDone={() => setLink(null)} /> : null}
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Invite someone">
        {message ? <div className="alert danger" role="alert">{message}</div> : null}
        <Field name="email" label="Email" type="email" autoComplete="off" required errors={fieldErrors.email} hint="They sign up or sign in with this address to accept." />
        <AccessFields idPrefix="invite" value={choice} onChange={setChoice} roles={roles} clients={clients} errors={fieldErrors} />
        <div><SubmitButton pending={pending}>Create invitation</SubmitButton></div>
      </form>
    </div>
  );
}
