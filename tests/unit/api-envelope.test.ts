import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, readJson } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/respond";
import { fromUpstreamError } from "@/lib/api/upstream-errors";
import { createClientSchema, updateClientSchema } from "@/lib/clients/schemas";
import { OnCallClerkError } from "@/lib/oncallclerk";

function jsonRequest(body: string, type = "application/json") {
  return new Request("http://localhost/api/x", { method: "POST", headers: { "content-type": type }, body });
}

describe("request bodies", () => {
  const schema = z.strictObject({ name: z.string().min(1), count: z.number() });

  it("names every problem, including each unknown field", () => {
    const parsed = schema.safeParse({ name: "", count: "3", extra: 1, other: 2 });
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!);
    expect(Object.keys(errors).sort()).toEqual(["count", "extra", "name", "other"]);
    expect(errors.extra).toEqual(["Unknown field"]);
  });

  it("maps malformed JSON, wrong content type and oversized bodies to clear errors", async () => {
    await expect(readJson(jsonRequest("{not json"), schema)).rejects.toMatchObject({ status: 400, code: "invalid_json" });
    await expect(readJson(jsonRequest("{}", "text/plain"), schema)).rejects.toMatchObject({ status: 415 });
    await expect(readJson(jsonRequest(JSON.stringify({ name: "x".repeat(20_000), count: 1 })), schema)).rejects.toMatchObject({
      status: 413,
      code: "payload_too_large",
    });
    await expect(readJson(jsonRequest(JSON.stringify({ name: "a", count: 1 })), schema)).resolves.toEqual({ name: "a", count: 1 });
  });
});

describe("client schemas", () => {
  it("accepts a key-shaped key and trims the name", () => {
    expect(createClientSchema.parse({ name: "  Acme  ", apiKey: "sim_growth_abcd1234" })).toEqual({ name: "Acme", apiKey: "sim_growth_abcd1234" });
  });
  it("rejects keys with spaces, short keys and unknown fields", () => {
    expect(createClientSchema.safeParse({ name: "A", apiKey: "has space inside" }).success).toBe(false);
    expect(createClientSchema.safeParse({ name: "A", apiKey: "short" }).success).toBe(false);
    expect(createClientSchema.safeParse({ name: "A", apiKey: "sim_growth_abcd1234", agencyId: "x" }).success).toBe(false);
  });
  it("requires at least one change on update", () => {
    expect(updateClientSchema.safeParse({}).success).toBe(false);
    expect(updateClientSchema.safeParse({ name: "B" }).success).toBe(true);
  });
});

describe("error envelope", () => {
  it("has one shape with code, message, field errors and request id", async () => {
    const response = errorResponse(new ApiError(400, "validation_failed", "Fix it", { fieldErrors: { name: ["Required"] } }), "req_1");
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({
      success: false,
      error: { code: "validation_failed", message: "Fix it", fieldErrors: { name: ["Required"] }, requestId: "req_1" },
    });
  });

  it("maps every upstream error kind to a status the person can act on", () => {
    const cases: [OnCallClerkError["kind"], number, string][] = [
      ["invalid_key", 502, "client_key_rejected"],
      ["forbidden", 502, "upstream_forbidden"],
      ["not_found", 404, "upstream_not_found"],
      ["validation", 422, "upstream_validation"],
      ["conflict", 409, "upstream_conflict"],
      ["rate_limited", 429, "upstream_rate_limited"],
      ["unavailable", 502, "upstream_unavailable"],
      ["unexpected_response", 502, "upstream_unavailable"],
    ];
    for (const [kind, status, code] of cases) {
      const mapped = fromUpstreamError(new OnCallClerkError({ kind, message: `m-${kind}`, retryAfterSeconds: kind === "rate_limited" ? 7 : undefined }));
      expect({ kind, status: mapped.status, code: mapped.code }).toEqual({ kind, status, code });
    }
    const limited = errorResponse(fromUpstreamError(new OnCallClerkError({ kind: "rate_limited", message: "slow", retryAfterSeconds: 7 })), "r");
    expect(limited.headers.get("retry-after")).toBe("7");
  });

  it("says nothing changed after an outage only when that is known (a read, or a write read back)", () => {
    for (const kind of ["unavailable", "unexpected_response"] as const) {
      const error = new OnCallClerkError({ kind, message: "OnCallClerk returned an HTML error page (502)" });
      expect(fromUpstreamError(error).message).not.toMatch(/Nothing was changed/);
      expect(fromUpstreamError(error).message).toMatch(/may or may not have been made/);
      expect(fromUpstreamError(error, "unknown").message).not.toMatch(/Nothing was changed/);
      expect(fromUpstreamError(error, "unchanged").message).toMatch(/Nothing was changed/);
    }
  });
});
