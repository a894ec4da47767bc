// The test-database helper itself: it refuses servers that are not this machine, and leaves nothing behind.
import { describe, expect, it } from "vitest";
import { assertLocalServer, createTestDatabase, sql, testServerUrl, TEST_DATABASE_PREFIX } from "./support/database";
import { withEnv } from "./support/harness";

describe("the test database helper", () => {
  it("accepts only local servers", () => {
    for (const url of ["postgres://postgres@127.0.0.1:5432/postgres", "postgresql://u:p@localhost/postgres", "postgres://postgres@[::1]:5432/postgres"]) {
      expect(() => assertLocalServer(url)).not.toThrow();
    }
    for (const url of ["postgres://postgres@db.example.com:5432/postgres", "postgres://postgres@10.0.0.5/postgres", "postgres://postgres@localhost.evil.test/postgres", "not a url"]) {
      expect(() => assertLocalServer(url)).toThrow(/Refusing|not a valid URL/);
    }
  });

  it("refuses to create a database on a non-local TEST_DATABASE_SERVER_URL", async () => {
    await withEnv({ TEST_DATABASE_SERVER_URL: "postgres://postgres@prod-db.internal:5432/postgres" }, async () => {
      await expect(createTestDatabase()).rejects.toThrow(/Refusing to run integration tests against prod-db\.internal/);
    });
  });

  it("creates a migrated database and drops it again", async () => {
    const database = await createTestDatabase();
    expect(database.name.startsWith(TEST_DATABASE_PREFIX)).toBe(true);
    const tables = await sql<{ table_name: string }>(database.url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["User", "Agency", "Membership", "ClientAccount", "_prisma_migrations"]));
    await database.drop();
    const left = await sql(testServerUrl(), "SELECT 1 FROM pg_database WHERE datname = $1", [database.name]);
    expect(left).toEqual([]);
  });
});
