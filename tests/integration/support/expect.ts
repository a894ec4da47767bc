// Assertions on our API's answers: the one error envelope, and "nothing was written".
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import type { RouteResult } from "./http";

/** The error envelope `{success:false, error:{code, message, requestId, …}}` with this status and code. */
export function expectError(result: RouteResult, status: number, code: string): void {
  expect(result.status, result.text).toBe(status);
  expect(result.body, result.text).toMatchObject({
    success: false,
    error: { code, message: expect.any(String), requestId: expect.any(String) },
  });
  expect(result.body.error.message.length).toBeGreaterThan(0);
  expect(result.headers.get("cache-control")).toContain("no-store");
}

export function expectOk(result: RouteResult, status = 200): void {
  expect(result.status, result.text).toBe(status);
  expect(result.body?.success, result.text).toBe(true);
}

export async function rowCounts(): Promise<{ users: number; agencies: number; memberships: number; clients: number }> {
  const [users, agencies, memberships, clients] = await Promise.all([
    db().user.count(),
    db().agency.count(),
    db().membership.count(),
    db().clientAccount.count(),
  ]);
  return { users, agencies, memberships, clients };
}

/** A client row exactly as stored, ciphertext included (the app's client omits that column by default). */
export function storedClient(clientId: string) {
  return db().clientAccount.findUnique({ where: { id: clientId }, omit: { encryptedApiKey: false } });
}
