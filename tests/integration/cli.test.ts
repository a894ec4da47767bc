// The operator-facing command lines, run as real processes: `npm run admin -- create-user` and the
// production start's refusal to run without secrets.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { sql } from "./support/database";
import { useHarness } from "./support/harness";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const harness = useHarness();

async function admin(args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ["lib/cli/admin.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: harness.database.url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run admin -- create-user", () => {
  it("creates the user and the agency with them as owner, printing one line of JSON", async () => {
    const result = await admin(["create-user", "--email", "Ops@Example.com", "--password", "operator-pass-1", "--agency", "Acme Agency"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const output = JSON.parse(lines[0]!);
    expect(output).toMatchObject({ ok: true, email: "ops@example.com", agencyCreated: true, role: "owner" });
    const [user] = await sql<{ id: string; passwordHash: string }>(harness.database.url, `SELECT id, "passwordHash" FROM "User" WHERE email = $1`, ["ops@example.com"]);
    expect(user?.id).toBe(output.userId);
    expect(await verifyPassword(user!.passwordHash, "operator-pass-1")).toBe(true);
    const memberships = await sql(harness.database.url, `SELECT role FROM "Membership" WHERE "userId" = $1 AND "agencyId" = $2`, [output.userId, output.agencyId]);
    expect(memberships).toEqual([{ role: "owner" }]);
  });

  it("adds a second person to an existing agency with the role given", async () => {
    const result = await admin(["create-user", "--email", "viewer@example.com", "--password", "operator-pass-2", "--agency", "Acme Agency", "--role", "viewer"]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout.trim());
    expect(output).toMatchObject({ ok: true, agencyCreated: false, role: "viewer" });
    const agencies = await sql(harness.database.url, `SELECT id FROM "Agency" WHERE name = 'Acme Agency'`);
    expect(agencies).toHaveLength(1);
  });

  it("refuses a duplicate email, a short password and a missing agency, writing nothing", async () => {
    const before = await sql<{ count: string }>(harness.database.url, `SELECT count(*)::text AS count FROM "User"`);
    for (const args of [
      ["create-user", "--email", "ops@example.com", "--password", "operator-pass-1", "--agency", "Other"],
      ["create-user", "--email", "new@example.com", "--password", "short", "--agency", "Other"],
      ["create-user", "--email", "new@example.com", "--password", "operator-pass-1"],
      ["delete-everything"],
    ]) {
      const result = await admin(args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(JSON.parse(result.stderr.trim().split("\n").pop()!)).toMatchObject({ ok: false });
      expect(result.stderr).not.toContain("operator-pass-1");
    }
    const after = await sql<{ count: string }>(harness.database.url, `SELECT count(*)::text AS count FROM "User"`);
    expect(after).toEqual(before);
  });
});

describe("npm run admin -- create-user: choosing the agency", () => {
  it("joins an agency by --agency-id, refuses an ambiguous name and --role for a new agency", async () => {
    for (const agencyName of ["Twin Agency", "Twin Agency"]) {
      await sql(harness.database.url, `INSERT INTO "Agency" (id, name, "updatedAt") VALUES ($1, $2, now())`, [`ag_${Math.random().toString(36).slice(2)}`, agencyName]);
    }
    const ambiguous = await admin(["create-user", "--email", "twin@example.com", "--password", "operator-pass-3", "--agency", "Twin Agency"]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain("--agency-id");

    const [target] = await sql<{ id: string }>(harness.database.url, `SELECT id FROM "Agency" WHERE name = 'Twin Agency' LIMIT 1`);
    const joined = await admin(["create-user", "--email", "twin@example.com", "--password", "operator-pass-3", "--agency-id", target!.id, "--role", "admin"]);
    expect(joined.code).toBe(0);
    expect(JSON.parse(joined.stdout.trim())).toMatchObject({ ok: true, agencyId: target!.id, agencyCreated: false, role: "admin" });

    const newWithRole = await admin(["create-user", "--email", "lonely@example.com", "--password", "operator-pass-4", "--agency", "Brand New Agency", "--role", "viewer"]);
    expect(newWithRole.code).toBe(1);
    expect(newWithRole.stderr).toContain("owner");
    expect(await sql(harness.database.url, `SELECT id FROM "User" WHERE email = 'lonely@example.com'`)).toEqual([]);
  });
});

describe("npm start", () => {
  it("refuses a malformed encryption key before it touches the database", async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      // A database that does not exist: reaching it would fail with a different message.
      DATABASE_URL: harness.database.url.replace(/\/[^/]+$/, "/portal_never_created"),
      ENCRYPTION_KEY: "k1:abc",
      NEXTAUTH_SECRET: "x".repeat(40),
    };
    const failure = await run(tsx, ["lib/cli/serve.ts", "start"], { cwd: root, env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("ENCRYPTION_KEY");
    expect(failure?.stderr).toContain("32 bytes");
    expect(failure?.stderr).not.toContain("portal_never_created");
  });

  it("refuses to start in production without an encryption key or session secret", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: harness.database.url };
    delete env.ENCRYPTION_KEY;
    delete env.NEXTAUTH_SECRET;
    const failure = await run(tsx, ["lib/cli/serve.ts", "start"], { cwd: root, env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("ENCRYPTION_KEY and NEXTAUTH_SECRET must be set");
  });
});
