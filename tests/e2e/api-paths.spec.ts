// What the production server does with paths and methods before any route runs, sent raw (no
// client-side URL normalisation, as curl --path-as-is would): dot segments must not turn a DELETE
// of an agent into one of its client, and every answer is the JSON envelope. Also: a signed-in
// visit to /sign-in never redirects off the site.
import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { addClient, signUp, uniqueSuffix } from "./support";

const PORT = Number(process.env.E2E_PORT ?? 3100);

function raw(method: string, path: string, cookie?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "localhost", port: PORT, method, path, headers: cookie ? { cookie } : {} }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

function expectEnvelope(answer: { status: number; body: string }, status: number, code: string) {
  expect(answer.status, answer.body).toBe(status);
  expect(JSON.parse(answer.body)).toMatchObject({ success: false, error: { code, requestId: expect.stringMatching(/^req_/) } });
}

test("dot segments and odd escapes in /api paths are refused, not redirected or resolved", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const clientId = await addClient(page, "Dotted Ltd", `sim_growth_e2edots${uniqueSuffix()}`);
  const cookie = await cookieHeader(page);

  for (const path of [`/api/clients/${clientId}/agents/%2e%2e`, `/api/clients/${clientId}/agents/..`, `/api/clients/${clientId}/agents/%2E`, `/api/clients/${clientId}/`]) {
    expectEnvelope(await raw("DELETE", path, cookie), 400, "invalid_path");
  }
  expectEnvelope(await raw("GET", "/api/clients/%zz", cookie), 400, "invalid_path");
  // The client is untouched.
  expect((await raw("GET", `/api/clients/${clientId}`, cookie)).status).toBe(200);

  const propfind = await raw("PROPFIND", "/api/clients", cookie);
  expectEnvelope(propfind, 405, "method_not_allowed");

  const anonymous = await raw("GET", "/api/clients");
  expectEnvelope(anonymous, 401, "unauthenticated");
  expect(JSON.parse(anonymous.body).error.requestId).not.toBe("middleware");

  // Pages still lose a trailing slash.
  const page308 = await raw("GET", `/clients/${clientId}/`, cookie);
  expect(page308.status).toBe(308);
  expect(new URL(String(page308.headers.location), "http://localhost").pathname).toBe(`/clients/${clientId}`);
});

test("a signed-in visit to /sign-in with a dot-segment callbackUrl stays on the site", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const cookie = await cookieHeader(page);
  for (const callbackUrl of ["/.//evil.test", "/..//evil.test", "/a/..//evil.test", "/%2e//evil.test"]) {
    const answer = await raw("GET", `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, cookie);
    expect(answer.status, callbackUrl).toBe(307);
    const location = new URL(String(answer.headers.location), `http://localhost:${PORT}`);
    expect(location.host, callbackUrl).toBe(`localhost:${PORT}`);
    expect(location.pathname, callbackUrl).toBe("/");
  }
});
