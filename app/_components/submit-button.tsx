"use client";
import type { ReactNode } from "react";

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
  return (
    <button type="submit" className={className} disabled={pending || disabled} aria-busy={pending}>
      {pending ? <span className="spinner" aria-hidden /> : null}
      {children}
    </button>
  );
}
