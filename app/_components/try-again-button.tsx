"use client";
// Re-renders the current page on the server (fetching from OnCallClerk again) without a full reload.
import { useRouter } from "next/navigation";
import { useTransition } from "react";

export function TryAgainButton({ className = "btn" }: { className?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button type="button" className={className} disabled={pending} aria-busy={pending} onClick={() => startTransition(() => router.refresh())}>
      {pending ? <span className="spinner" aria-hidden /> : null}
      Try again
    </button>
  );
}
