import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { can } from "@/lib/auth/permissions";
import { signUpSchema } from "@/lib/auth/schemas";
import { readCookie } from "@/lib/auth/session";

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "wrong horse battery")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("sign-up schema", () => {
  it("normalises the email and rejects weak or unknown input", () => {
    const ok = signUpSchema.parse({ name: "Dana", email: "  Dana@Example.COM ", password: "long enough pw", agencyName: "Northwind" });
    expect(ok.email).toBe("dana@example.com");
    expect(signUpSchema.safeParse({ ...ok, password: "short" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...ok, email: "not-an-email" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...ok, role: "owner" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...ok, password: "x".repeat(201) }).success).toBe(false);
  });
});

describe("callback URLs after sign-in", () => {
  it("keeps same-site paths and refuses anything that leaves the site", () => {
    expect(safeCallbackUrl("/clients/abc/agents?x=1")).toBe("/clients/abc/agents?x=1");
    for (const bad of ["https://evil.test/", "//evil.test", "/\\evil.test", "javascript:alert(1)", "", null, undefined]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});

describe("permissions", () => {
  it("lets owners and admins manage clients, others only read, client users nothing yet", () => {
    expect(can("owner", "client:delete")).toBe(true);
    expect(can("admin", "client:create")).toBe(true);
    expect(can("member", "client:read")).toBe(true);
    expect(can("member", "client:update")).toBe(false);
    expect(can("viewer", "client:create")).toBe(false);
    expect(can("client_user", "client:read")).toBe(false);
  });
});

describe("cookie parsing", () => {
  it("finds a cookie by exact name", () => {
    const header = "a=1; next-auth.session-token=abc%3D; __Secure-next-auth.session-token=zzz";
    expect(readCookie(header, "next-auth.session-token")).toBe("abc=");
    expect(readCookie(header, "session-token")).toBeUndefined();
    expect(readCookie(null, "a")).toBeUndefined();
  });
});
