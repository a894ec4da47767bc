"use client";
// Accept as the signed-in person: POST /api/members {token}, which also makes the new agency the one
// this browser works in.
import { useRouter } from "next/navigation";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { useHydrated } from "@/app/_components/use-hydrated";
import { apiFetch } from "@/lib/swr/fetcher";

export function JoinButton({ token, agencyName }: { token: string; agencyName: string }) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const { pending, message, submit } = useApiForm();

  async function join() {
    const done = await submit(() => apiFetch("/api/members", { method: "POST", json: { token } }));
    if (!done) return;
    toast.show(`Welcome to ${agencyName}.`);
    router.replace("/");
    router.refresh();
  }

  return (
    <div className="stack">
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <button type="button" className="btn primary" onClick={() => void join()} disabled={!hydrated || pending} aria-busy={pending}>
        {pending ? <span className="spinner" aria-hidden /> : null}
        Join {agencyName}
      </button>
    </div>
  );
}
