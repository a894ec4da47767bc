"use client";
// Remove someone (or leave yourself) after a confirmation dialog that says what happens.
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { removeMemberRequest } from "./member-requests";

export function RemoveMemberButton({ memberId, who, agencyName, self }: { memberId: string; who: string; agencyName: string; self: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, message, submit } = useApiForm();
  const titleId = `remove-${memberId}-title`;

  async function confirmRemove() {
    const done = await submit(() => removeMemberRequest(memberId));
    if (!done) return;
    dialog.current?.close();
    toast.show(self ? `You left ${agencyName}.` : `${who} was removed from ${agencyName}.`);
    if (self) {
      router.replace("/");
    }
    router.refresh();
  }

  return (
    <>
      <button type="button" className="btn danger small-btn" onClick={() => dialog.current?.showModal()} aria-label={self ? `Leave ${agencyName}` : `Remove ${who}`}>
        {self ? "Leave" : "Remove"}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId}>
        <div className="stack">
          <h2 id={titleId}>{self ? `Leave ${agencyName}?` : `Remove ${who}?`}</h2>
          <p className="muted" style={{ margin: 0 }}>
            {self ? "You lose access at once" : "They lose access at once"}, and {self ? "your" : "their"} API tokens for {agencyName} stop working.
            {self ? " Someone has to invite you again to come back." : " You can invite them again later."}
          </p>
          {message ? <div className="alert danger" role="alert">{message}</div> : null}
          <div className="row" style={{ justifyContent: "flex-end" }}>
            <button type="button" className="btn" onClick={() => dialog.current?.close()} autoFocus>Cancel</button>
            <button type="button" className="btn danger solid" onClick={() => void confirmRemove()} disabled={pending} aria-busy={pending}>
              {pending ? <span className="spinner" aria-hidden /> : null}
              {self ? "Leave agency" : "Remove"}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
