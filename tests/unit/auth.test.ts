import { describe, expect, it } from "vitest";
import { sameOriginRedirect, safeCallbackUrl } from "@/lib/auth/callback-url";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { can, canSeeClient, type Access } from "@/lib/auth/permissions";
import { signUpSchema } from "@/lib/auth/schemas";
import { readCookie } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";

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
  const access = (role: Role, extra: Partial<Access> = {}): Access => ({ role, clientIds: null, clientGrants: [], maskCallers: false, ...extra });

  it("lets owners and admins manage clients, others only read", () => {
    expect(can(access("owner"), "client:delete", "c1")).toBe(true);
    expect(can(access("admin"), "client:create")).toBe(true);
    expect(can(access("member"), "client:read", "c1")).toBe(true);
    expect(can(access("member"), "client:update", "c1")).toBe(false);
    expect(can(access("viewer"), "client:create")).toBe(false);
    expect(can(access("viewer"), "agent:update", "c1")).toBe(false);
  });

  it("keeps members and viewers to the clients assigned to them", () => {
    const member = access("member", { clientIds: ["c1"] });
    expect(can(member, "agent:update", "c1")).toBe(true);
    expect(can(member, "agent:read", "c2")).toBe(false);
    expect(canSeeClient(member, "c2")).toBe(false);
    // Agency-wide actions are not about one client.
    expect(can(member, "template:manage")).toBe(true);
    // Nobody assigned: nothing per client, not even in the navigation.
    expect(can(access("viewer", { clientIds: [] }), "transcript:read")).toBe(false);
  });

  it("gives a client user what the agency chose, and never keys, deletes or members", () => {
    const readOnly = access("client_user", { clientIds: ["c1"], clientGrants: ["view_calls"] });
    expect(can(readOnly, "client:read", "c1")).toBe(true);
    expect(can(readOnly, "transcript:read", "c1")).toBe(true);
    expect(can(readOnly, "account:read", "c1")).toBe(false);
    expect(can(readOnly, "transcript:read", "c2")).toBe(false);
    const editor = access("client_user", { clientIds: ["c1"], clientGrants: ["edit_hours_faq"] });
    expect(can(editor, "agent:update-hours-faq", "c1")).toBe(true);
    expect(can(editor, "agent:update", "c1")).toBe(false);
    const everything = access("client_user", { clientIds: ["c1"], clientGrants: ["view_calls", "view_usage", "view_agents", "edit_hours_faq", "edit_agents"] });
    for (const never of ["client:update", "client:delete", "agent:delete", "account:delete", "agent:create", "audit:read", "transcript:sync"] as const) {
      expect(can(everything, never, "c1"), never).toBe(false);
    }
    for (const never of ["member:read", "member:manage", "client:create", "template:read"] as const) expect(can(everything, never), never).toBe(false);
  });

  it("caps a person by their API token's role", () => {
    const ownerWithViewerToken = access("owner", { tokenRole: "viewer" });
    expect(can(ownerWithViewerToken, "agent:read", "c1")).toBe(true);
    expect(can(ownerWithViewerToken, "agent:update", "c1")).toBe(false);
    // A token never lifts a person above their own role.
    expect(can(access("viewer", { tokenRole: "owner" }), "agent:update", "c1")).toBe(false);
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
