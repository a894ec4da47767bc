"use client";
// Change a member's role, clients or permissions in a dialog (native <dialog>: focus moves in, Esc closes).
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MemberView } from "@/lib/members/schemas";
import { AccessFields } from "./access-fields";
import { updateMemberRequest, type AccessChoice } from "./member-requests";

const choiceOf = (member: MemberView): AccessChoice => ({
  role: member.role,
  allClients: member.allClients,
  clientIds: member.clients.map((client) => client.id),
  clientGrants: member.clientGrants,
});

export function EditMemberButton({ member, roles, clients }: { member: MemberView; roles: Role[]; clients: { id: string; name: string }[] }) {
  const router = useRouter();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, message, fieldErrors, submit } = useApiForm();
  const [choice, setChoice] = useState<AccessChoice>(() => choiceOf(member));
  const who = member.name || member.email;
  const titleId = `edit-${member.id}-title`;

  function open() {
    setChoice(choiceOf(member));
    dialog.current?.showModal();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await submit(async () => {
      await updateMemberRequest(member.id, choice);
      return true;
    });
    if (!done) return;
    dialog.current?.close();
    toast.show(`Saved ${who}'s access.`);
    router.refresh();
  }

  return (
    <>
      <button type="button" className="btn small-btn" onClick={open} aria-label={`Change access of ${who}`}>Change access</button>
      <dialog ref={dialog} className="confirm-dialog member-dialog" aria-labelledby={titleId}>
        <form className="stack" onSubmit={onSubmit} noValidate>
          <h2 id={titleId}>Access of {who}</h2>
          {message ? <div className="alert danger" role="alert">{message}</div> : null}
          <AccessFields idPrefix={`edit-${member.id}`} value={choice} onChange={setChoice} roles={roles} clients={clients} errors={fieldErrors} />
          <p className="muted small" style={{ margin: 0 }}>Changes apply to their very next click.</p>
          <div className="row" style={{ justifyContent: "flex-end" }}>
            <button type="button" className="btn" onClick={() => dialog.current?.close()}>Cancel</button>
            <SubmitButton pending={pending}>Save</SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
