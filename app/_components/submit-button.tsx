"use client";
// Disabled until hydrated: before React attaches the form's onSubmit, a click or Enter would make
// the browser submit the form natively (what it types, keys and passwords included) to the page.
import type { ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

export function SubmitButton({
  pending,
  disabled = false,
  children,
  className = "btn primary",
}: {
  pending: boolean;
  disabled?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const hydrated = useHydrated();
  return (
    <button type="submit" className={className} disabled={!hydrated || pending || disabled} aria-busy={pending}>
      {pending ? <span className="spinner" aria-hidden /> : null}
      {children}
    </button>
  );
}
