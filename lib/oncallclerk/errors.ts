// One error class for everything the OnCallClerk client can fail with. Callers branch on `kind`,
// never on `message` (messages are for humans and may be reworded).

export type OnCallClerkErrorKind =
  | "invalid_key" // 401, or a key we refuse to send (empty / malformed)
  | "forbidden" // 403
  | "not_found" // 404 with a JSON body (a non-JSON 404 is a proxy or wrong base URL: "unavailable")
  | "validation" // 400/422 upstream, or a request our own strict schemas rejected (no request made)
  | "conflict" // 409
  | "rate_limited" // 429
  | "unavailable" // 5xx, network error, timeout, HTML/empty/unparseable body
  | "unexpected_response"; // a 2xx whose body does not match the schema, a redirect, an unknown status

export type OnCallClerkIssue = { path: string; message: string };

export type OnCallClerkErrorInit = {
  kind: OnCallClerkErrorKind;
  message: string;
  status?: number;
  upstreamMessage?: string;
  retryAfterSeconds?: number;
  issues?: OnCallClerkIssue[];
};

export class OnCallClerkError extends Error {
  readonly kind: OnCallClerkErrorKind;
  /** Upstream HTTP status; undefined when no response arrived or the request was never sent. */
  readonly status: number | undefined;
  /** The upstream `error` string from a JSON error body (API key redacted, truncated). */
  readonly upstreamMessage: string | undefined;
  /** Only for `rate_limited`, when the upstream sent a usable `Retry-After`. */
  readonly retryAfterSeconds: number | undefined;
  /** Field-level problems: from our request schemas, or from a response that failed its schema. */
  readonly issues: OnCallClerkIssue[] | undefined;

  constructor(init: OnCallClerkErrorInit) {
    // Deliberately no `cause`: fetch/undici errors can carry request details we never want logged.
    super(init.message);
    this.name = "OnCallClerkError";
    this.kind = init.kind;
    this.status = init.status;
    this.upstreamMessage = init.upstreamMessage;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.issues = init.issues;
  }

  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      status: this.status,
      upstreamMessage: this.upstreamMessage,
      retryAfterSeconds: this.retryAfterSeconds,
      issues: this.issues,
    };
  }
}

export function isOnCallClerkError(e: unknown): e is OnCallClerkError {
  return e instanceof OnCallClerkError;
}

const STATUS_KINDS: Record<number, OnCallClerkErrorKind> = {
  400: "validation",
  401: "invalid_key",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  422: "validation",
  429: "rate_limited",
};

const STATUS_SENTENCES: Partial<Record<OnCallClerkErrorKind, string>> = {
  invalid_key: "OnCallClerk rejected the API key",
  forbidden: "OnCallClerk refused access to this resource",
  not_found: "OnCallClerk could not find the requested resource",
  validation: "OnCallClerk rejected the request as invalid",
  conflict: "OnCallClerk reported a conflict with the current state",
  rate_limited: "OnCallClerk rate limit exceeded",
};

/** Maps an HTTP error status to a kind; 5xx and 408 are outages, anything else unknown. */
export function kindForStatus(status: number): OnCallClerkErrorKind {
  if (status >= 500 || status === 408) return "unavailable";
  return STATUS_KINDS[status] ?? "unexpected_response";
}

export function sentenceForStatus(kind: OnCallClerkErrorKind, status: number): string {
  const base = STATUS_SENTENCES[kind];
  if (base) return `${base} (${status})`;
  if (kind === "unavailable") return `OnCallClerk is unavailable (${status})`;
  if (status >= 200 && status < 300) return `OnCallClerk reported a failure despite status ${status}`;
  if (status >= 300 && status < 400) return `OnCallClerk answered with a redirect (${status}); not followed`;
  return `OnCallClerk answered with an unexpected status (${status})`;
}
