// What a page shows when we could not get the client's data from OnCallClerk: a short title, one
// plain sentence with the next step, and a retry — never a crash page.
import Link from "next/link";
import type { ReactNode } from "react";
import { ApiError, type ApiErrorCode } from "@/lib/api/errors";
import { fromUpstreamError, isOnCallClerkError } from "@/lib/api/upstream-errors";
import { RefreshClientStatus } from "./refresh-client-status";
import { TryAgainButton } from "./try-again-button";

export interface ClientPageError {
  code: ApiErrorCode;
  /** Full message from the error envelope; shown only as a tooltip-style detail. */
  message: string;
  retryAfterSeconds?: number;
  /** OnCallClerk's HTTP status, when it answered at all. */
  upstreamStatus?: number;
}

/** The errors a client page shows in place; anything else is rethrown. */
export function asClientPageError(error: unknown): ClientPageError {
  if (error instanceof ApiError) return { code: error.code, message: error.message, ...retry(error.extra.retryAfterSeconds) };
  if (isOnCallClerkError(error)) {
    const shown = fromUpstreamError(error, "unchanged"); // pages only read
    return {
      code: shown.code,
      message: shown.message,
      ...retry(shown.extra.retryAfterSeconds),
      ...(error.status !== undefined ? { upstreamStatus: error.status } : {}),
    };
  }
  throw error;
}

function retry(seconds: number | undefined) {
  return seconds !== undefined ? { retryAfterSeconds: seconds } : {};
}

function FixKey({ clientId, canFixKey }: { clientId: string; canFixKey: boolean }) {
  return canFixKey ? (
    <Link className="btn primary" href={`/clients/${clientId}/settings`}>Replace the API key</Link>
  ) : (
    <span className="small">Ask an agency admin to replace it.</span>
  );
}

function State({ tone, title, children, actions }: { tone: "danger" | "warn"; title: string; children: ReactNode; actions: ReactNode }) {
  return (
    <div className={`alert ${tone}`} role="alert">
      <div className="stack" style={{ gap: 10 }}>
        <div>
          <strong>{title}</strong>
          {children}
        </div>
        <div className="row">{actions}</div>
      </div>
    </div>
  );
}

export function UpstreamErrorState(props: { error: ClientPageError; clientId: string; canFixKey: boolean }) {
  return (
    <>
      <RefreshClientStatus clientId={props.clientId} />
      <ErrorMessage {...props} />
    </>
  );
}

function ErrorMessage({ error, clientId, canFixKey }: { error: ClientPageError; clientId: string; canFixKey: boolean }) {
  if (error.code === "client_key_rejected") {
    return (
      <State tone="danger" title="This client's API key was rejected" actions={<><FixKey clientId={clientId} canFixKey={canFixKey} /><TryAgainButton /></>}>
        OnCallClerk no longer accepts the key; it may have been revoked or replaced in the client&apos;s dashboard.
      </State>
    );
  }
  if (error.code === "client_key_unreadable") {
    return (
      <State tone="danger" title="This client's stored key cannot be read" actions={<FixKey clientId={clientId} canFixKey={canFixKey} />}>
        It was saved with an encryption key this portal no longer has.
      </State>
    );
  }
  if (error.code === "upstream_rate_limited") {
    const wait = error.retryAfterSeconds ? `in ${error.retryAfterSeconds} seconds` : "in a minute";
    return (
      <State tone="warn" title="Too many requests for this client" actions={<TryAgainButton />}>
        OnCallClerk is rate-limiting this client&apos;s key. Try again {wait}.
      </State>
    );
  }
  if (error.code === "upstream_forbidden") {
    return (
      <State tone="warn" title="Access refused" actions={<TryAgainButton />}>
        <span title={error.message}>OnCallClerk refused this request for the client&apos;s account.</span>
      </State>
    );
  }
  const status = error.upstreamStatus;
  const detail = !status ? "OnCallClerk did not answer." : status < 300 ? "OnCallClerk sent an answer the portal could not read." : `OnCallClerk answered with HTTP ${status}.`;
  return (
    <State tone="warn" title="Could not load this client's data" actions={<TryAgainButton />}>
      <span title={error.message}>{detail} This is usually temporary; nothing was changed.</span>
    </State>
  );
}
