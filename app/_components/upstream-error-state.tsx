// What a page shows when OnCallClerk could not give us the client's data: a clear cause and the
// next step, never a crash page.
import Link from "next/link";
import { fromUpstreamError } from "@/lib/api/upstream-errors";
import type { OnCallClerkError } from "@/lib/oncallclerk";

export function UpstreamErrorState({ error, clientId, canFixKey }: { error: OnCallClerkError; clientId: string; canFixKey: boolean }) {
  const apiError = fromUpstreamError(error);
  if (apiError.code === "client_key_rejected") {
    return (
      <div className="alert danger" role="alert">
        <div>
          <strong>OnCallClerk rejected this client&apos;s key — update it.</strong>
          The key may have been revoked or replaced in the client&apos;s OnCallClerk dashboard.{" "}
          {canFixKey ? <Link href={`/clients/${clientId}/settings`}>Replace the API key</Link> : "Ask an agency admin to replace it."}
        </div>
      </div>
    );
  }
  if (apiError.code === "upstream_rate_limited") {
    return (
      <div className="alert warn" role="alert">
        <div>
          <strong>OnCallClerk is rate-limiting this client right now.</strong>
          Try again {apiError.extra.retryAfterSeconds ? `in ${apiError.extra.retryAfterSeconds} seconds` : "in a minute"}.
        </div>
      </div>
    );
  }
  return (
    <div className="alert warn" role="alert">
      <div>
        <strong>OnCallClerk is not answering properly right now.</strong>
        {apiError.message} Reload the page to try again.
      </div>
    </div>
  );
}
