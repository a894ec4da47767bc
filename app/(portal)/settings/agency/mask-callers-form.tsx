"use client";
// Which roles see callers' numbers masked ("+44 •••• ••0000"): one checkbox a role, saved with
// PATCH /api/agency. Takes effect on those people's next page or request.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { apiFetch } from "@/lib/swr/fetcher";

const ROLE_HINTS: Record<Role, string> = {
  owner: "Everything, including billing-level actions and deletes",
  admin: "Manage members, clients and keys",
  member: "Work on the clients assigned to them",
  viewer: "Read-only on assigned clients",
  client_user: "People from a client business, on their own client",
};
const ROLES = Object.keys(ROLE_HINTS) as Role[];

export function MaskCallersForm({ initial, yourRole }: { initial: Role[]; yourRole: Role }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();
  const [saved, setSaved] = useState<Role[]>(initial);
  const [chosen, setChosen] = useState<Role[]>(initial);
  const changed = chosen.length !== saved.length || chosen.some((role) => !saved.includes(role));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await submit(() => apiFetch<{ maskCallersFor: Role[] }>("/api/agency", { method: "PATCH", json: { maskCallersFor: chosen } }));
    if (!result) return;
    setSaved(result.maskCallersFor);
    setChosen(result.maskCallersFor);
    toast.show(result.maskCallersFor.length === 0 ? "Callers' numbers are shown to everyone." : `Callers' numbers masked for ${result.maskCallersFor.map((role) => ROLE_LABELS[role]).join(", ")}.`);
    router.refresh();
  }

  const toggle = (role: Role, on: boolean) => setChosen((current) => (on ? [...current, role] : current.filter((other) => other !== role)));

  return (
    <section className="card card-body stack" aria-labelledby="mask-title">
      <div>
        <h2 id="mask-title">Mask callers&apos; phone numbers</h2>
        <p className="muted">
          People in the roles you tick see callers as <span className="mask-example">+1 •••• ••0000</span> — country code and last four digits —
          in call lists, search results, transcripts and exports, numbers mentioned in the conversation included. They cannot search calls by number.
        </p>
      </div>
      <form className="form stack" onSubmit={(event) => void onSubmit(event)}>
        {message ? <div className="alert danger" role="alert">{message}</div> : null}
        <fieldset className="role-choices">
          <legend className="visually-hidden">Roles that see masked numbers</legend>
          {ROLES.map((role) => (
            <label key={role} className="role-choice">
              <input type="checkbox" name="maskCallersFor" value={role} checked={chosen.includes(role)} onChange={(event) => toggle(role, event.target.checked)} />
              <span>
                <strong>{ROLE_LABELS[role]}</strong>{role === yourRole ? <span className="muted small"> (your role)</span> : null}
                <span className="hint small muted">{ROLE_HINTS[role]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {fieldErrors.maskCallersFor ? <span className="error" role="alert">{fieldErrors.maskCallersFor[0]}</span> : null}
        <div className="row">
          <SubmitButton pending={pending} disabled={!changed}>{pending ? "Saving…" : "Save"}</SubmitButton>
          {changed ? <span className="muted small">Unsaved changes</span> : <span className="muted small">{saved.length === 0 ? "Numbers are shown to everyone" : "Saved"}</span>}
        </div>
      </form>
    </section>
  );
}
