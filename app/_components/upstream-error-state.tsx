// What a page shows when we could not get the client's data from OnCallClerk: a clear cause and the
// next step, never a crash page.
import Link from "next/link";
import { ApiError } from "@/lib/api/errors";
import { fromUpstreamError, isOnCallClerkError } from "@/lib/api/upstream-errors";

/** The errors a client page shows in place (as an ApiError); anything else is rethrown. */
export function asClientPageError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isOnCallClerkError(error)) return fromUpstreamError(error);
  throw error;
}

function FixKey({ clientId, canFixKey }: { clientId: string; canFixKey: boolean }) {
  return canFixKey ? <Link href={`/clients/${clientId}/settings`}>Replace the API key</Link> : <>Ask an agency admin to replace it.</>;
}

export function UpstreamErrorState({ error, clientId, canFixKey }: { error: ApiError; clientId: string; canFixKey: boolean }) {
  if (error.code === "client_key_rejected") {
    return (
      <div className="alert danger" role="alert">
        <div>
          <strong>OnCallClerk rejected this client&apos;s key — update it.</strong>
          The key may have been revoked or replaced in the client&apos;s OnCallClerk dashboard. <FixKey clientId={clientId} canFixKey={canFixKey} />
        </div>
      </div>
    );
  }
  if (error.code === "client_key_unreadable") {
    return (
      <div className="alert danger" role="alert">
        <div>
          <strong>This client&apos;s stored key cannot be read.</strong>
          It was saved with an encryption key this portal no longer has. <FixKey clientId={clientId} canFixKey={canFixKey} />
        </div>
      </div>
    );
  }
  if (error.code === "upstream_rate_limited") {
    return (
      <div className="alert warn" role="alert">
        <div>
          <strong>OnCallClerk is rate-limiting this client right now.</strong>
          Try again {error.extra.retryAfterSeconds ? `in ${error.extra.retryAfterSeconds} seconds` : "in a minute"}.
        </div>
      </div>
    );
  }
  return (
    <div className="alert warn" role="alert">
      <div>
        <strong>OnCallClerk is not answering properly right now.</strong>
        {error.message} Reload the page to try again.
      </div>
    </div>
  );
}
