// Health and sign-up, through the real route handlers and a real database.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { expectError, expectOk, rowCounts } from "./support/expect";
import { deadUrl, useHarness, withEnv } from "./support/harness";
import { api } from "./support/routes";
import { uniqueEmail } from "./support/users";

useHarness();

function signupInput(overrides: Record<string, unknown> = {}) {
  return { name: "Ada Lovelace", email: uniqueEmail("ada"), password: "a long enough password", agencyName: "Analytical Agency", ...overrides };
}

describe("GET /api/health", () => {
  // First in the file: db() switches clients when DATABASE_URL changes, and this one never connects.
  it("answers 503 database_unreachable when the database is down", async () => {
    const down = (await deadUrl()).replace("http://", "postgres://postgres@") + "/portal";
    const result = await withEnv({ DATABASE_URL: down }, () => api.health());
    expect(result.status, result.text).toBe(503);
    expect(result.body).toMatchObject({ success: false, error: { code: "database_unreachable" } });
    expect(result.text).not.toContain(down);
  });

  it("answers 200 when the database is reachable", async () => {
    const result = await api.health();
    expectOk(result);
    expect(result.body.data).toMatchObject({ status: "ok", database: "reachable", databaseMs: expect.any(Number) });
    expect(result.headers.get("cache-control")).toContain("no-store");
  });
});

describe("POST /api/auth/signup", () => {
  it("creates the user, their agency and an owner membership", async () => {
    const input = signupInput({ email: "  Grace.Hopper@Example.TEST " });
    const result = await api.signup({ json: input });
    expectOk(result, 201);
    expect(result.body.data).toMatchObject({
      user: { email: "grace.hopper@example.test", name: "Ada Lovelace" },
      agency: { name: "Analytical Agency" },
    });
    expect(result.text).not.toContain(input.password);
    expect(result.text).not.toContain("passwordHash");

    const user = await db().user.findUniqueOrThrow({
      where: { email: "grace.hopper@example.test" },
      include: { memberships: { include: { agency: true } } },
    });
    expect(user.id).toBe(result.body.data.user.id);
    expect(user.passwordHash).not.toContain(input.password);
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: "owner", agencyId: result.body.data.agency.id, agency: { name: "Analytical Agency" } });
  });

  it("answers 409 with fieldErrors.email for an email that already has an account (any casing)", async () => {
    const email = uniqueEmail("twice");
    expectOk(await api.signup({ json: signupInput({ email }) }), 201);
    const before = await rowCounts();

    const again = await api.signup({ json: signupInput({ email: email.toUpperCase(), agencyName: "Second Agency" }) });
    expectError(again, 409, "conflict");
    expect(again.body.error.fieldErrors.email).toEqual([expect.any(String)]);
    // The transaction left no half-made agency behind.
    expect(await rowCounts()).toEqual(before);
  });

  it("answers 403 signup_closed and writes nothing when SIGNUP_ENABLED=false", async () => {
    const before = await rowCounts();
    const result = await withEnv({ SIGNUP_ENABLED: "false" }, () => api.signup({ json: signupInput() }));
    expectError(result, 403, "signup_closed");
    expect(await rowCounts()).toEqual(before);
    // And it opens again with the default.
    expectOk(await api.signup({ json: signupInput() }), 201);
  });

  describe("rejects bad input with the envelope and writes nothing", () => {
    const valid = () => signupInput();
    const cases: { name: string; status: number; code: string; fields?: string[]; send: () => ReturnType<typeof api.signup> }[] = [
      { name: "malformed JSON", status: 400, code: "invalid_json", send: () => api.signup({ body: '{"name": "Ada",', headers: { "content-type": "application/json" } }) },
      { name: "an empty body", status: 400, code: "invalid_json", send: () => api.signup({ body: "", headers: { "content-type": "application/json" } }) },
      { name: "a JSON array", status: 400, code: "validation_failed", fields: ["_"], send: () => api.signup({ json: [valid()] }) },
      { name: "JSON null", status: 400, code: "validation_failed", fields: ["_"], send: () => api.signup({ json: null }) },
      {
        name: "every field missing",
        status: 400,
        code: "validation_failed",
        fields: ["name", "email", "password", "agencyName"],
        send: () => api.signup({ json: {} }),
      },
      {
        name: "unknown fields (role escalation attempt)",
        status: 400,
        code: "validation_failed",
        fields: ["role", "agencyId"],
        send: () => api.signup({ json: { ...valid(), role: "owner", agencyId: "someone-elses" } }),
      },
      {
        name: "wrong types",
        status: 400,
        code: "validation_failed",
        fields: ["name", "email", "password", "agencyName"],
        send: () => api.signup({ json: { name: 42, email: ["a@b.test"], password: true, agencyName: { x: 1 } } }),
      },
      {
        name: "invalid values (bad email, short password, blank names)",
        status: 400,
        code: "validation_failed",
        fields: ["name", "email", "password", "agencyName"],
        send: () => api.signup({ json: { name: "   ", email: "not-an-email", password: "short", agencyName: "" } }),
      },
      {
        name: "a body over 16 kB (declared length)",
        status: 413,
        code: "payload_too_large",
        send: () => {
          const body = JSON.stringify({ ...valid(), name: "x".repeat(17 * 1024) });
          return api.signup({ body, headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } });
        },
      },
      {
        name: "a body over 16 kB (streamed, no declared length)",
        status: 413,
        code: "payload_too_large",
        send: () => api.signup({ body: JSON.stringify({ ...valid(), padding: "x".repeat(40 * 1024) }), headers: { "content-type": "application/json" } }),
      },
      {
        name: "a form post instead of JSON",
        status: 415,
        code: "unsupported_media_type",
        send: () => api.signup({ body: new URLSearchParams(valid()).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } }),
      },
      { name: "no content type", status: 415, code: "unsupported_media_type", send: () => api.signup({ body: JSON.stringify(valid()) }) },
    ];

    for (const testCase of cases) {
      it(testCase.name, async () => {
        const before = await rowCounts();
        const result = await testCase.send();
        expectError(result, testCase.status, testCase.code);
        if (testCase.fields) {
          expect(Object.keys(result.body.error.fieldErrors ?? {}).sort()).toEqual([...testCase.fields].sort());
          for (const messages of Object.values(result.body.error.fieldErrors as Record<string, string[]>)) {
            expect(messages.length).toBeGreaterThan(0);
          }
        }
        expect(await rowCounts()).toEqual(before);
      });
    }
  });
});
