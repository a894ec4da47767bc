"use client";
// Anything unexpected inside the signed-in app: say so plainly, offer a retry, quote the digest.
import { AlertIcon } from "@/app/_components/icons";

export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card">
      <div className="empty">
        <div className="icon"><AlertIcon /></div>
        <h2>Something went wrong</h2>
        <p>This page could not be shown. Try again; if it keeps happening, quote reference {error.digest ?? "unknown"}.</p>
        <button type="button" className="btn primary" onClick={reset}>Try again</button>
      </div>
    </div>
  );
}
