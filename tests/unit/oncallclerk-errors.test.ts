import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOnCallClerkClient, isOnCallClerkError, OnCallClerkError, parseRetryAfter } from "@/lib/oncallclerk";
import { startCannedServer, type CannedReply, type CannedServer } from "../support/canned-server";

let server: CannedServer;
let client: ReturnType<typeof createOnCallClerkClient>;
beforeAll(async () => {
  server = await startCannedServer();
  client = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: server.url });
});
afterAll(() => server.close());

async function failWith(reply: CannedReply, c = client): Promise<OnCallClerkError> {
  server.on("GET", "/voices", reply);
  const err = await c.voices.list().then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e,
  );
  if (!isOnCallClerkError(err)) throw err;
  return err;
}

const apiError = (status: number, error: string): CannedReply => ({ status, json: { success: false, error, status } });
const htmlPage = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><p>cloudflare-secret-ray-id</p></body></html>";

describe("HTTP status mapping", () => {
  it.each([
    [401, "invalid_key", "OnCallClerk rejected the API key (401)"],
    [403, "forbidden", "OnCallClerk refused access to this resource (403)"],
    [404, "not_found", "OnCallClerk could not find the requested resource (404)"],
    [400, "validation", "OnCallClerk rejected the request as invalid (400)"],
    [422, "validation", "OnCallClerk rejected the request as invalid (422)"],
    [409, "conflict", "OnCallClerk reported a conflict with the current state (409)"],
    [500, "unavailable", "OnCallClerk is unavailable (500)"],
    [418, "unexpected_response", "OnCallClerk answered with an unexpected status (418)"],
  ] as const)("%i JSON error -> %s, carrying the upstream message", async (status, kind, sentence) => {
    const err = await failWith(apiError(status, "Agent limit reached"));
    expect(err).toMatchObject({ kind, status, upstreamMessage: "Agent limit reached", retryAfterSeconds: undefined });
    expect(err.message).toBe(`${sentence}: Agent limit reached`);
    expect(err).toBeInstanceOf(Error);
  });

  it("a 2xx body saying success:false is an error of its declared status", async () => {
    const err = await failWith({ status: 200, json: { success: false, error: "Agent not found", status: 404 } });
    expect(err).toMatchObject({ kind: "not_found", status: 404, upstreamMessage: "Agent not found" });
  });

  it("a redirect is not followed (the bearer key must not travel) and is unexpected", async () => {
    server.on("GET", "/elsewhere", { json: { success: true, data: [] } });
    const before = server.requests.length;
    const err = await failWith({ status: 302, headers: { location: `${server.url}/elsewhere` } });
    expect(err).toMatchObject({ kind: "unexpected_response", status: 302 });
    expect(server.requests.length).toBe(before + 1);
  });
});

describe("429 rate limiting", () => {
  it("parses Retry-After in seconds", async () => {
    const err = await failWith({ ...apiError(429, "Too many requests"), headers: { "retry-after": "30" } });
    expect(err).toMatchObject({ kind: "rate_limited", status: 429, retryAfterSeconds: 30 });
    expect(err.message).toBe("OnCallClerk rate limit exceeded (429): Too many requests (retry after 30 s)");
  });

  it("parses Retry-After as an HTTP date", async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    const err = await failWith({ ...apiError(429, "slow down"), headers: { "retry-after": at } });
    expect(err.kind).toBe("rate_limited");
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(115);
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it("leaves retryAfterSeconds undefined without a (usable) header", async () => {
    expect(await failWith(apiError(429, "slow down"))).toMatchObject({ kind: "rate_limited", retryAfterSeconds: undefined });
    expect(await failWith({ status: 429, raw: "" })).toMatchObject({ kind: "rate_limited", retryAfterSeconds: undefined });
  });

  it("parseRetryAfter: seconds, dates (past -> 0) and garbage", () => {
    const now = Date.parse("2026-03-12T10:00:00Z");
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter(" 7 ", now)).toBe(7);
    expect(parseRetryAfter("Thu, 12 Mar 2026 10:01:05 GMT", now)).toBe(65);
    expect(parseRetryAfter("Thu, 12 Mar 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBeUndefined();
    expect(parseRetryAfter("-3", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("outages and unreadable answers -> unavailable", () => {
  it("502 HTML page: says so, without the page content", async () => {
    const err = await failWith({ status: 502, headers: { "content-type": "text/html" }, raw: htmlPage });
    expect(err).toMatchObject({ kind: "unavailable", status: 502, upstreamMessage: undefined });
    expect(err.message).toBe("OnCallClerk returned an HTML error page (502)");
    expect(JSON.stringify(err)).not.toContain("cloudflare-secret-ray-id");
  });

  it("a non-JSON 404 is a proxy or wrong base URL, not a missing resource", async () => {
    const err = await failWith({ status: 404, headers: { "content-type": "text/html" }, raw: "<html>nginx</html>" });
    expect(err).toMatchObject({ kind: "unavailable", status: 404 });
  });

  it.each([
    ["503 empty body", { status: 503, raw: "" }, 503, "OnCallClerk is unavailable (503)"],
    ["200 empty body", { status: 200, raw: "" }, 200, "OnCallClerk returned an empty response (200)"],
    ["200 HTML", { status: 200, headers: { "content-type": "text/html" }, raw: htmlPage }, 200, "OnCallClerk returned an HTML page instead of JSON (200)"],
    ["200 garbage JSON", { status: 200, headers: { "content-type": "application/json" }, raw: '{"success": tru' }, 200, "OnCallClerk returned an unreadable response (200)"],
  ] as const)("%s", async (_name, reply, status, message) => {
    const err = await failWith(reply);
    expect(err).toMatchObject({ kind: "unavailable", status, message });
  });

  it("times out after timeoutMs with no status", async () => {
    const slow = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: server.url, timeoutMs: 1000 });
    const started = Date.now();
    const err = await failWith({ delayMs: 5000, json: { success: true, data: [] } }, slow);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(err).toMatchObject({ kind: "unavailable", status: undefined });
    expect(err.message).toBe("OnCallClerk is not responding (timed out after 1 s)");
  });

  it("reports a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const dead = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: `http://127.0.0.1:${port}` });
    const err = await dead.usage.get().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "unavailable", status: undefined, message: "Could not reach OnCallClerk (ECONNREFUSED)" });
  });
});

describe("isOnCallClerkError", () => {
  it("recognizes only our errors", () => {
    expect(isOnCallClerkError(new OnCallClerkError({ kind: "conflict", message: "x" }))).toBe(true);
    expect(isOnCallClerkError(new Error("x"))).toBe(false);
    expect(isOnCallClerkError({ kind: "conflict" })).toBe(false);
  });
});
