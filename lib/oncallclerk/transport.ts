import type { z } from "zod";
import { OnCallClerkError, kindForStatus, sentenceForStatus, type OnCallClerkErrorInit, type OnCallClerkErrorKind } from "./errors";
import { cleanUpstreamMessage } from "./redact";
import { parseRetryAfter } from "./retry-after";
import { unexpectedResponse } from "./validate";

export const DEFAULT_BASE_URL = "https://api.oncallclerk.com";
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Called around every request: `before` may wait (a per-key request budget) or throw an
 * OnCallClerkError; the timeout starts after it. `after` sees each response (e.g. a 429).
 */
export type RequestGate = {
  before(): Promise<void>;
  after(response: Response): void;
};

export type TransportOptions = {
  apiKey: string;
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  gate?: RequestGate;
};

export type Query = Record<string, string | number | undefined>;

export type RequestSpec<S extends z.ZodType> = {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  query?: Query;
  json?: unknown;
  form?: FormData;
  schema: S;
  /** What the body is, for messages ("agent list"). */
  what: string;
  /** 204 with no body counts as success (only for endpoints that return nothing useful). */
  allowNoContent?: boolean;
};

export type Transport = <S extends z.ZodType>(spec: RequestSpec<S>) => Promise<z.output<S>>;

type Body = { kind: "empty" } | { kind: "html" } | { kind: "json"; value: unknown } | { kind: "garbage" };

function classify(text: string, contentType: string): Body {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  if (contentType.includes("text/html") || trimmed.startsWith("<")) return { kind: "html" };
  try {
    return { kind: "json", value: JSON.parse(trimmed) as unknown };
  } catch {
    return { kind: "garbage" };
  }
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

function networkSentence(err: unknown, timeoutMs: number): string {
  const name = err instanceof Error ? err.name : "";
  if (name === "TimeoutError" || name === "AbortError") {
    const seconds = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 100) / 10} s` : `${timeoutMs} ms`;
    return `OnCallClerk is not responding (timed out after ${seconds})`;
  }
  // Only the error code (ECONNREFUSED, ENOTFOUND…): undici messages may embed request details.
  const code = field(field(err, "cause"), "code");
  return typeof code === "string" && /^[A-Z_]+$/.test(code)
    ? `Could not reach OnCallClerk (${code})`
    : "Could not reach OnCallClerk (network error)";
}

/** The error for a non-2xx answer, or a 2xx whose JSON says `success: false`; else null. */
function responseFailure(res: Response, parsed: Body, apiKey: string): OnCallClerkErrorInit | null {
  const json = parsed.kind === "json" ? parsed.value : undefined;
  if (res.ok && field(json, "success") !== false) return null;
  // A 2xx carrying {success:false} is an error too; trust its `status` field when it has one.
  const bodyStatus = field(json, "status");
  const status = res.ok && typeof bodyStatus === "number" && bodyStatus >= 400 ? bodyStatus : res.status;
  let kind: OnCallClerkErrorKind = res.ok && status === res.status ? "unexpected_response" : kindForStatus(status);
  // A 404 page that is not the API's JSON means a proxy or a wrong base URL, not a deleted
  // resource; reporting "not_found" would make callers forget an agent that still exists.
  if (kind === "not_found" && parsed.kind !== "json") kind = "unavailable";
  const upstreamMessage = cleanUpstreamMessage(field(json, "error"), apiKey);
  let message = sentenceForStatus(kind, status);
  if (parsed.kind === "html") message = `OnCallClerk returned an HTML error page (${status})`; // body never quoted
  if (upstreamMessage) message += `: ${upstreamMessage}`;
  const retryAfterSeconds = kind === "rate_limited" ? parseRetryAfter(res.headers.get("retry-after")) : undefined;
  if (retryAfterSeconds !== undefined) message += ` (retry after ${retryAfterSeconds} s)`;
  return { kind, status, upstreamMessage, retryAfterSeconds, message };
}

function resolveBaseUrl(baseUrl: string | undefined): string {
  const raw = baseUrl ?? process.env.ONCALLCLERK_BASE_URL ?? DEFAULT_BASE_URL;
  const url = new URL(raw); // throws on nonsense configuration, at construction time
  return url.toString().replace(/\/+$/, "");
}

function assertUsableKey(apiKey: unknown): asserts apiKey is string {
  // A key with whitespace or control characters makes fetch throw a TypeError that quotes the
  // header value, i.e. the key. Refuse it up front with a message that does not contain it.
  if (typeof apiKey !== "string" || apiKey === "" || !/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new OnCallClerkError({ kind: "invalid_key", message: "The OnCallClerk API key is empty or malformed" });
  }
}

export function createTransport(opts: TransportOptions): Transport {
  const { apiKey } = opts;
  assertUsableKey(apiKey);
  const baseUrl = resolveBaseUrl(opts.baseUrl);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = opts.fetch ?? fetch;

  // Key redaction happens once for all errors, in the client (withScrubbedErrors).
  const fail = (init: OnCallClerkErrorInit): OnCallClerkError => new OnCallClerkError(init);

  return async function request<S extends z.ZodType>(spec: RequestSpec<S>) {
    const url = new URL(baseUrl + spec.path);
    for (const [k, v] of Object.entries(spec.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));

    const headers: Record<string, string> = { Authorization: `Bearer ${apiKey}`, Accept: "application/json" };
    let body: string | FormData | undefined;
    if (spec.form) body = spec.form; // fetch sets multipart Content-Type with the boundary itself
    else if (spec.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(spec.json);
    }

    await opts.gate?.before();
    let res: Response;
    let text: string;
    try {
      res = await doFetch(url, {
        method: spec.method,
        headers,
        body,
        cache: "no-store", // Next must never cache upstream calls: data is per key and live
        redirect: "manual", // never replay the bearer key to wherever a redirect points
        signal: AbortSignal.timeout(timeoutMs),
      });
      opts.gate?.after(res);
      text = await res.text(); // the timeout also covers a body that trickles in forever
    } catch (err) {
      throw fail({ kind: "unavailable", message: networkSentence(err, timeoutMs) });
    }

    const status = res.status;
    const parsed = classify(text, res.headers.get("content-type") ?? "");

    const failure = responseFailure(res, parsed, apiKey);
    if (failure) throw fail(failure);

    // 204 means "nothing to say"; parsing {} lets a success-only schema accept it. Any other empty
    // 2xx is what a broken proxy sends, so it counts as an outage.
    const noContent = parsed.kind === "empty" && status === 204 && spec.allowNoContent === true;
    if (parsed.kind === "empty" && !noContent) throw fail({ kind: "unavailable", status, message: `OnCallClerk returned an empty response (${status})` });
    if (parsed.kind === "html") throw fail({ kind: "unavailable", status, message: `OnCallClerk returned an HTML page instead of JSON (${status})` });
    if (parsed.kind === "garbage") throw fail({ kind: "unavailable", status, message: `OnCallClerk returned an unreadable response (${status})` });

    const result = spec.schema.safeParse(parsed.kind === "json" ? parsed.value : {});
    if (!result.success) {
      const err = unexpectedResponse(result.error, status, spec.what);
      throw fail({ kind: err.kind, status, message: err.message, issues: err.issues });
    }
    return result.data;
  };
}
