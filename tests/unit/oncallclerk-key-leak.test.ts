import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOnCallClerkClient, isOnCallClerkError, type OnCallClerkErrorKind } from "@/lib/oncallclerk";
import { startCannedServer, type CannedReply, type CannedServer } from "../support/canned-server";

// A distinctive key, and an upstream that is as hostile as possible: it echoes the key in error
// strings, HTML pages and even response field names. Nothing the client produces may contain it.
const KEY = "occ_live_CANARY_7f3e9a1b2c";

let server: CannedServer;
let deadUrl: string;
beforeAll(async () => {
  server = await startCannedServer();
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
  deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((r) => closed.close(() => r()));
});
afterAll(() => server.close());

const echo = (status: number, headers: Record<string, string> = {}): CannedReply => ({
  status,
  headers,
  json: { success: false, error: `Key ${KEY} is not valid for this; Bearer ${KEY}`, status },
});

type Case = [string, OnCallClerkErrorKind, (c: ReturnType<typeof createOnCallClerkClient>) => Promise<unknown>, CannedReply?];

const cases: Case[] = [
  ["401", "invalid_key", (c) => c.voices.list(), echo(401)],
  ["403", "forbidden", (c) => c.voices.list(), echo(403)],
  ["404", "not_found", (c) => c.voices.list(), echo(404)],
  ["400", "validation", (c) => c.voices.list(), echo(400)],
  ["409", "conflict", (c) => c.voices.list(), echo(409)],
  ["429", "rate_limited", (c) => c.voices.list(), echo(429, { "retry-after": "5" })],
  ["500", "unavailable", (c) => c.voices.list(), echo(500)],
  ["502 HTML", "unavailable", (c) => c.voices.list(), { status: 502, headers: { "content-type": "text/html" }, raw: `<html>${KEY}</html>` }],
  ["200 garbage", "unavailable", (c) => c.voices.list(), { status: 200, raw: `{"key":"${KEY}"` }],
  ["2xx schema mismatch with the key as a field name", "unexpected_response", (c) => c.agents.get("agt_1"), {
    json: { success: true, data: { id: "agt_1", business_hours: { schedule: { [KEY]: { open: 9 } } } } },
  }],
  ["local validation with the key as an unknown field", "validation", (c) => c.user.update({ [KEY]: true } as never)],
];

function assertNoKey(err: unknown) {
  expect(isOnCallClerkError(err)).toBe(true);
  const e = err as Error;
  for (const text of [e.message, e.stack ?? "", JSON.stringify(e), inspect(e, { depth: 10 }), String(e)]) {
    expect(text).not.toContain(KEY);
  }
  for (const value of Object.values(e)) expect(JSON.stringify(value) ?? "").not.toContain(KEY);
}

describe("the API key never leaks", () => {
  it.each(cases)("%s -> %s", async (_name, kind, call, reply) => {
    server.fallback(reply ?? { json: { success: true } });
    const client = createOnCallClerkClient({ apiKey: KEY, baseUrl: server.url });
    const err = await call(client).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind });
    assertNoKey(err);
    // …while it was really sent, so the test is not vacuous.
    if (reply) expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("upstream messages keep their meaning with the key redacted", async () => {
    server.fallback(echo(401));
    const err = await createOnCallClerkClient({ apiKey: KEY, baseUrl: server.url }).voices.list().catch((e: unknown) => e);
    expect(err).toMatchObject({ upstreamMessage: "Key [redacted] is not valid for this; Bearer [redacted]" });
  });

  it("timeout and refused connection", async () => {
    server.fallback({ delayMs: 3000, json: { success: true, data: [] } });
    const slow = createOnCallClerkClient({ apiKey: KEY, baseUrl: server.url, timeoutMs: 100 });
    const timedOut = await slow.voices.list().catch((e: unknown) => e);
    expect(timedOut).toMatchObject({ kind: "unavailable" });
    assertNoKey(timedOut);
    const refused = await createOnCallClerkClient({ apiKey: KEY, baseUrl: deadUrl }).voices.list().catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: "unavailable" });
    assertNoKey(refused);
  });

  it("a malformed key is refused before fetch (whose header errors would quote it)", () => {
    const badKey = `${KEY}\n`;
    let caught: unknown;
    try {
      createOnCallClerkClient({ apiKey: badKey, baseUrl: server.url });
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ kind: "invalid_key", status: undefined });
    assertNoKey(caught);
    expect(() => createOnCallClerkClient({ apiKey: "", baseUrl: server.url })).toThrow(/empty or malformed/);
  });

  it("the client object itself does not expose the key", () => {
    const client = createOnCallClerkClient({ apiKey: KEY, baseUrl: server.url });
    expect(JSON.stringify(client)).not.toContain(KEY);
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(KEY);
  });
});

describe("redactKey", () => {
  it("removes the key in any letter case, and treats it as text, not a pattern", async () => {
    const { redactKey } = await import("@/lib/oncallclerk/redact");
    const key = "sk_live_Ab1.cD+2";
    expect(redactKey(`invalid key ${key}`, key)).toBe("invalid key [redacted]");
    expect(redactKey(`INVALID KEY ${key.toUpperCase()} / ${key.toLowerCase()}`, key)).toBe("INVALID KEY [redacted] / [redacted]");
    expect(redactKey("sk_live_Ab1XcD+2", key)).toBe("sk_live_Ab1XcD+2"); // "." is a dot, not any character
  });
});
