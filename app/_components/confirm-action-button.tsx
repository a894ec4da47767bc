"use client";
// A destructive action behind a confirmation dialog (a native <dialog>: focus moves in, Esc
// cancels). On success: the dialog closes, a toast says what happened and the page refreshes.
import { useRouter } from "next/navigation";
import { useId, useRef, type ReactNode } from "react";
import { useToast } from "./toaster";
import { useApiForm } from "./use-api-form";

export function ConfirmActionButton({ label, title, children, confirmLabel, pendingLabel, action, done }: {
  /** The button that opens the dialog ("Delete", "Revoke"). */
  label: string;
  title: string;
  /** What the dialog explains. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  action: () => Promise<unknown>;
  /** The toast after it worked. */
  done: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, message, submit } = useApiForm();
  const titleId = `${useId()}-title`;

  async function confirm() {
    const ok = await submit(async () => {
      await action();
      return true;
    });
    if (!ok) return;
    dialog.current?.close();
    toast.show(done);
    router.refresh();
  }

  return (
    <>
      <button type="button" className="btn danger small-btn" onClick={() => dialog.current?.showModal()}>{label}</button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId}>
        <div className="stack">
          <h2 id={titleId}>{title}</h2>
          <p className="muted" style={{ margin: 0 }}>{children}</p>
          {message ? <div className="alert danger" role="alert">{message}</div> : null}
          <div className="row" style={{ justifyContent: "flex-end" }}>
            <button type="button" className="btn" onClick={() => dialog.current?.close()} autoFocus>Cancel</button>
            <button type="button" className="btn danger solid" onClick={() => void confirm()} disabled={pending} aria-busy={pending}>
              {pending ? <span className="spinner" aria-hidden /> : null}
              {pending ? pendingLabel : confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
