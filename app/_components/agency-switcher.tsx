"use client";
// For people in more than one agency: choose which one the portal shows. The choice is a cookie the
// server checks against the person's memberships on every request (POST /api/agency/switch).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";
import { useToast } from "./toaster";

export function AgencySwitcher({ agencies, currentId }: { agencies: { id: string; name: string }[]; currentId: string }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, setPending] = useState(false);

  async function switchTo(agencyId: string) {
    setPending(true);
    try {
      const { agency } = await apiFetch<{ agency: { name: string } }>("/api/agency/switch", { method: "POST", json: { agencyId } });
      toast.show(`Now working in ${agency.name}.`);
      // The page shown may belong to the agency we left (a client of it): start from the top.
      router.push("/");
      router.refresh();
    } catch (error) {
      toast.show(error instanceof ApiRequestError ? error.message : "Could not switch agency. Try again.", "error");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="agency-switcher">
      <label htmlFor="agency-switcher" className="nav-label">Working in</label>
      <select id="agency-switcher" value={currentId} disabled={pending} aria-busy={pending} onChange={(event) => void switchTo(event.target.value)}>
        {agencies.map((agency) => (
          <option key={agency.id} value={agency.id}>{agency.name}</option>
        ))}
      </select>
    </div>
  );
}
