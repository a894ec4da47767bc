"use client";
// Delete a template after a confirmation dialog (a native <dialog>: focus moves in, Esc cancels).
// Agents already made from the template are not touched, which the dialog says.
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { deleteTemplateRequest } from "./template-requests";

export function DeleteTemplateButton({ templateId, name }: { templateId: string; name: string }) {
  const router = useRouter();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, message, submit } = useApiForm();
  const titleId = `delete-${templateId}-title`;

  async function confirmDelete() {
    const done = await submit(async () => {
      await deleteTemplateRequest(templateId);
      return true;
    });
    if (!done) return;
    dialog.current?.close();
    toast.show(`Template “${name}” deleted.`);
    router.refresh();
  }

  return (
    <>
      <button type="button" className="btn danger small-btn" onClick={() => dialog.current?.showModal()}>Delete</button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId}>
        <div className="stack">
          <h2 id={titleId}>Delete “{name}”?</h2>
          <p className="muted" style={{ margin: 0 }}>The template is removed for everyone in the agency. Agents already created from it keep their settings.</p>
          {message ? <div className="alert danger" role="alert">{message}</div> : null}
          <div className="row" style={{ justifyContent: "flex-end" }}>
            <button type="button" className="btn" onClick={() => dialog.current?.close()} autoFocus>Cancel</button>
            <button type="button" className="btn danger solid" onClick={() => void confirmDelete()} disabled={pending} aria-busy={pending}>
              {pending ? <span className="spinner" aria-hidden /> : null}
              {pending ? "Deleting…" : "Delete template"}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
