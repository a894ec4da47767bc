import { OnCallClerkError } from "./errors";

// Everything the client produces (messages, upstream strings) passes through here, so an upstream
// that echoes the key back ("invalid key sk_live_…") cannot leak it into our logs or UI.

const MAX_UPSTREAM_MESSAGE = 300;

/**
 * Every occurrence of the key, in any letter case: an upstream that upper-cases its error text
 * ("INVALID KEY SK_LIVE_…") still gives the key away, letters and digits alike.
 */
export function redactKey(text: string, apiKey: string): string {
  if (apiKey === "") return text;
  const escaped = apiKey.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(escaped, "gi"), "[redacted]");
}

/** Cleans an upstream `error` string: key removed, control characters flattened, length capped. */
export function cleanUpstreamMessage(value: unknown, apiKey: string): string | undefined {
  if (typeof value !== "string") return undefined;
  const flat = redactKey(value, apiKey).replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  if (flat === "") return undefined;
  return flat.length > MAX_UPSTREAM_MESSAGE ? `${flat.slice(0, MAX_UPSTREAM_MESSAGE)}…` : flat;
}

/**
 * Returns the error with the key removed from every field. Applied to everything the client
 * throws, because upstream text, response field names and even request keys end up in messages.
 */
export function scrubError(err: unknown, apiKey: string): unknown {
  if (!(err instanceof OnCallClerkError)) return err;
  const r = (text: string) => redactKey(text, apiKey);
  const clean = new OnCallClerkError({
    kind: err.kind,
    status: err.status,
    message: r(err.message),
    upstreamMessage: err.upstreamMessage === undefined ? undefined : r(err.upstreamMessage),
    retryAfterSeconds: err.retryAfterSeconds,
    issues: err.issues?.map((i) => ({ path: r(i.path), message: r(i.message) })),
  });
  if (err.stack) clean.stack = r(err.stack); // keep the original frames, minus the key
  return clean;
}

type AsyncApi = Record<string, (...args: never[]) => Promise<unknown>>;

/** Wraps every method of a resource API so whatever it throws goes through scrubError. */
export function withScrubbedErrors<T extends AsyncApi>(api: T, apiKey: string): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api)) {
    const call = fn as (...args: unknown[]) => Promise<unknown>;
    wrapped[name] = (...args: unknown[]) =>
      call(...args).catch((err: unknown) => {
        throw scrubError(err, apiKey);
      });
  }
  return wrapped as T;
}
