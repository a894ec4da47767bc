// middleware.ts as Next calls it, with the request as Next hands it over (dot segments already
// resolved: "/agents/%2e%2e" arrives as "/clients/c/"). What a real server does before middleware
// runs is covered by tests/e2e/api-paths.spec.ts.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { middleware } from "@/middleware";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123";
});

const call = (path: string, method = "GET") => middleware(new NextRequest(new URL(path, "http://localhost:3000"), { method }));

async function expectEnvelope(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ success: false, error: { code, message: expect.any(String), requestId: expect.stringMatching(/^req_[\w-]{12}$/) } });
  expect(response.headers.get("x-request-id")).toBe(body.error.requestId);
  expect(response.headers.get("cache-control")).toContain("no-store");
}

describe("/api paths that are not what they look like", () => {
  it("refuses what is left of a dot segment (a trailing slash), before any auth check", async () => {
    for (const path of ["/api/clients/c/agents/%2e%2e", "/api/clients/c/agents/..", "/api/clients/c/agents/%2E", "/api/clients/c/", "/api/auth/%2e%2e"]) {
      await expectEnvelope(await call(path, "DELETE"), 400, "invalid_path");
    }
  });

  it("refuses undecodable percent-escapes and segments that decode to dots", async () => {
    await expectEnvelope(await call("/api/clients/%zz"), 400, "invalid_path");
    await expectEnvelope(await call("/api/clients/c/agents/%E0%A4%A"), 400, "invalid_path");
    await expectEnvelope(await call("/api/clients/c/agents/%252e%252e/x"), 401, "unauthenticated"); // "%2e%2e" once decoded: an id, not a dot
  });

  it("answers unsupported methods with the JSON 405", async () => {
    const response = await call("/api/clients", "PROPFIND");
    await expectEnvelope(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toContain("DELETE");
  });
});

describe("the 401 for anonymous /api requests", () => {
  it("carries a real request id, different each time", async () => {
    const first = await call("/api/clients");
    await expectEnvelope(first, 401, "unauthenticated");
    const second = await call("/api/clients");
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
  });
});

describe("pages", () => {
  it("still lose a trailing slash with a 308, as Next would have done", async () => {
    const response = await call("/clients/abc/");
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/clients/abc");
  });

  it("lets anonymous visitors open an invitation link (the page checks the token), and only that", async () => {
    const invite = await call("/invite/inv_abc");
    expect(invite.status).toBe(200);
    expect(invite.headers.get("location")).toBeNull();
    for (const path of ["/invite", "/invitee", "/members"]) {
      const response = await call(path);
      expect(response.status, path).toBe(307);
      expect(new URL(response.headers.get("location")!).pathname, path).toBe("/sign-in");
    }
  });
});
