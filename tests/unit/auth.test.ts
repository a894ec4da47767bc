import { describe, expect, it } from "vitest";
import { sameOriginRedirect, safeCallbackUrl } from "@/lib/auth/callback-url";
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
    expect(safeCallbackUrl("/%09/evil.test")).toBe("/%09/evil.test"); // stays an encoded path on our site
    // Browsers drop tabs and newlines from URLs: "/\t/evil.test" would become "//evil.test".
    for (const bad of ["https://evil.test/", "//evil.test", "/\\evil.test", "javascript:alert(1)", "/\t/evil.test", "/\n/evil.test", "/\r/evil.test", "/ /evil.test", "", null, undefined]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });

  it("refuses paths that only become another host once dot segments collapse", () => {
    for (const bad of ["/.//evil.test", "/..//evil.test", "/a/..//evil.test", "/%2e//evil.test", "/%2E%2E//evil.test", "/a/%2e%2e//evil.test/x?y=1", "/./\\evil.test"]) {
      expect(safeCallbackUrl(bad), bad).toBe("/");
    }
    // Dot segments that stay on the site are fine, normalised.
    expect(safeCallbackUrl("/clients/./abc/../def")).toBe("/clients/def");
  });

  it("next-auth redirects stay on our origin and never throw", () => {
    const base = "http://localhost:3000";
    expect(sameOriginRedirect("/clients/abc", base)).toBe("http://localhost:3000/clients/abc");
    expect(sameOriginRedirect("http://localhost:3000/clients?x=1", base)).toBe("http://localhost:3000/clients?x=1");
    for (const bad of ["http://x:99999/", "https://evil.test/", "//evil.test", "/.//evil.test", "http://localhost:3000/.//evil.test", "javascript:alert(1)", "http://localhost:3001/"]) {
      expect(sameOriginRedirect(bad, base), bad).toBe("http://localhost:3000/");
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

  it("treats an undecodable cookie value as absent instead of throwing", () => {
    expect(readCookie("portal-agency=%zz; a=1", "portal-agency")).toBeUndefined();
    expect(readCookie("portal-agency=%E0%A4%A; a=1", "portal-agency")).toBeUndefined();
    expect(readCookie("portal-agency=%zz; a=1", "a")).toBe("1");
  });
});

describe("server environment", () => {
  it("refuses a malformed encryption key when the environment is read, not at first use", async () => {
    const { resetServerEnvForTests, serverEnv } = await import("@/lib/env");
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { DATABASE_URL: "postgres://x@127.0.0.1/db", NEXTAUTH_SECRET: "s".repeat(40), ENCRYPTION_KEY: "k1:abc" });
      resetServerEnvForTests();
      expect(() => serverEnv()).toThrow(/ENCRYPTION_KEY: .*32 bytes/);
      process.env.ENCRYPTION_KEY = `k1:${Buffer.alloc(32, 7).toString("base64")}`;
      resetServerEnvForTests();
      expect(serverEnv().ENCRYPTION_KEY.startsWith("k1:")).toBe(true);
    } finally {
      process.env = saved;
      resetServerEnvForTests();
    }
  });
});
