// The access matrix: every route handler × every role × a client they are assigned to ("own"), one
// of their agency they are not ("unassigned") and another agency's ("foreign"). Allowed cases must
// work; a client the person cannot see answers 404; one they see but may not act on answers 403;
// and a refused request changes nothing, neither in our database nor upstream.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetRateBudgetsForTests } from "@/lib/clients/rate-budget";
import { useHarness } from "./support/harness";
import { callRoute } from "./support/http";
import { MATRIX_ROUTES, OUTSIDE_THE_MATRIX, type MatrixRoute } from "./support/matrix/routes";
import { snapshot } from "./support/matrix/snapshot";
import { buildWorld, SUBJECTS, type Subject, type Target, type World } from "./support/matrix/world";

const harness = useHarness();
let world: World;

beforeAll(async () => {
  world = await buildWorld(harness);
}, 60_000);

interface Expectation {
  status: number;
  refused: boolean;
  code?: string;
  check?: MatrixRoute["hidden"] extends infer H ? (H extends { check: infer C } ? C : never) : never;
}

function expectationFor(row: MatrixRoute, subject: Subject, target: Target): Expectation {
  const seesEveryClient = subject === "owner" || subject === "admin";
  const hiddenClient = target === "foreign" || (target === "unassigned" && !seesEveryClient);
  const permitted = row.allowed.includes(subject);
  const hidden: Expectation = row.hidden ? { status: row.hidden.status, refused: true, check: row.hidden.check } : { status: 404, refused: true, code: "not_found" };
  if (row.scope === "client") {
    if (hiddenClient) return hidden;
    return permitted ? { status: row.status, refused: false } : { status: 403, refused: true, code: "forbidden" };
  }
  if (!permitted) return { status: 403, refused: true, code: "forbidden" };
  return hiddenClient ? hidden : { status: row.status, refused: false };
}

const counts = { cases: 0, allowed: 0, forbidden: 0, hidden: 0 };

describe.each(MATRIX_ROUTES.map((row) => [row.name, row] as const))("%s", (_name, row) => {
  const cases = SUBJECTS.flatMap((subject) => row.targets.map((target) => ({ subject, target })));
  it.each(cases)("$subject on $target", async ({ subject, target }) => {
    // The per-key request budget is not what this checks; hundreds of cases a minute would exhaust it.
    resetRateBudgetsForTests();
    const expected = expectationFor(row, subject, target);
    counts.cases++;
    counts[expected.refused ? (expected.code === "forbidden" ? "forbidden" : "hidden") : "allowed"]++;
    const client = world.clients[target];
    const request = await row.request(world, client, { subject, target, allowed: !expected.refused, index: counts.cases });
    const before = expected.refused ? await snapshot(world) : null;
    const result = await callRoute(row.handler, { method: row.method, cookie: world.cookies[subject], ...request });
    expect(result.status, `${row.name} as ${subject} on ${target}: ${result.text.slice(0, 300)}`).toBe(expected.status);
    if (expected.code) expect(result.body?.error?.code).toBe(expected.code);
    if (expected.check) expect(expected.check(result.body), result.text.slice(0, 300)).toBe(true);
    if (before) expect(await snapshot(world), `${row.name} as ${subject} on ${target} was refused but changed something`).toEqual(before);
    else await row.settle?.(world, client);
  });
});

describe("the matrix itself", () => {
  it("covers every method of every route handler", () => {
    const root = path.resolve(import.meta.dirname, "..", "..");
    const files = (readdirSync(path.join(root, "app", "api"), { recursive: true }) as string[])
      .filter((file) => path.basename(file) === "route.ts")
      .map((file) => path.posix.join("app/api", file.split(path.sep).join("/")));
    const missing: string[] = [];
    for (const file of files) {
      if (OUTSIDE_THE_MATRIX[file]) continue;
      // Methods a route really has are exported one by one; otherMethods() answers the rest with 405.
      const methods = [...readFileSync(path.join(root, file), "utf8").matchAll(/^export const (GET|POST|PUT|PATCH|DELETE)\b/gm)].map((match) => match[1]);
      for (const method of methods) {
        if (OUTSIDE_THE_MATRIX[`${method} ${file}`]) continue;
        if (!MATRIX_ROUTES.some((row) => row.file === file && row.method === method)) missing.push(`${method} ${file}`);
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});

afterAll(() => {
  // The size of the matrix, for the closing note.
  console.log(`access matrix: ${MATRIX_ROUTES.length} route rows × ${SUBJECTS.length} roles, ${counts.cases} cases (${counts.allowed} allowed, ${counts.forbidden} forbidden 403, ${counts.hidden} hidden 404)`);
});
