// zod → one 400 message naming every bad field (not just the first), and query-string helpers.
import { z } from "zod";
import { SimError } from "./http";

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  const field = issue.path.map(String).join(".");
  const at = field ? `"${field}"` : "body";
  if (issue.code === "unrecognized_keys") {
    const names = issue.keys.map((k) => `"${field ? `${field}.` : ""}${k}"`).join(", ");
    return `Unknown field${issue.keys.length > 1 ? "s" : ""} ${names}`;
  }
  if (issue.code === "invalid_type" && valueAt(data, issue.path) === undefined) return `${at} is required`;
  if (issue.code === "invalid_value") return `${at} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  return `${at}: ${issue.message}`;
}

/** Parses with a schema or throws a 400 whose message lists every issue. */
export function parseOr400<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new SimError(400, `Invalid request: ${result.error.issues.map((i) => describe(i, data)).join("; ")}`);
}

/** Fails on fields the API owns (id, status, timestamps…) with a message better than "unknown field". */
export function rejectReadOnly(body: Record<string, unknown>, readOnly: readonly string[]): void {
  const bad = readOnly.filter((f) => f in body);
  if (bad.length > 0) {
    throw new SimError(400, `Invalid request: ${bad.map((f) => `"${f}"`).join(", ")} ${bad.length > 1 ? "are" : "is"} read-only`);
  }
}

/** Query strings are strict too: an unknown parameter (e.g. `pagesize`) is usually a portal typo. */
export function queryObject(query: URLSearchParams, allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of query) {
    if (!allowed.includes(k)) throw new SimError(400, `Unknown query parameter "${k}" (allowed: ${allowed.join(", ")})`);
    if (k in out) throw new SimError(400, `Query parameter "${k}" given more than once`);
    out[k] = v;
  }
  return out;
}

/** Non-negative integer query value: "10" ok; "", "1.5", "-1", "abc" are 400s. */
export function intParam(name: string, raw: string | undefined, dflt: number, min: number, max: number): number {
  if (raw === undefined) return dflt;
  if (!/^\d+$/.test(raw)) throw new SimError(400, `Query parameter "${name}" must be an integer`);
  const n = Number(raw);
  if (n < min || n > max) throw new SimError(400, `Query parameter "${name}" must be between ${min} and ${max}`);
  return n;
}
