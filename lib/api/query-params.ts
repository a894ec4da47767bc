// Query strings of our GET routes, validated like bodies: an unknown or repeated parameter is a
// 400 naming it (a typo such as `pagesize` must not silently return the default page).
import { z } from "zod";
import { parseWith } from "@/lib/api/body";
import { validationError } from "@/lib/api/errors";

export function queryParams<S extends z.ZodType>(request: Request, schema: S, allowed: readonly string[]): z.output<S> {
  const search = new URL(request.url).searchParams;
  const values: Record<string, string> = {};
  const problems: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [name, value] of search) {
    if (!allowed.includes(name)) problems[name] = [`Unknown query parameter (allowed: ${allowed.join(", ")})`];
    else if (name in values) problems[name] = ["Give this parameter once"];
    else values[name] = value;
  }
  if (Object.keys(problems).length > 0) throw validationError(problems);
  return parseWith(schema, values);
}

/**
 * A whole number in a query string: "10" yes; "", "1.5", "1e3", " 1" no. A whole number outside
 * the range is told as such ("must be at most 50", "must be 0 or more"), however many digits it has.
 */
export const intParam = (label: string, min: number, max: number) =>
  z.string().transform((text, ctx) => {
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (!/^-?\d+$/.test(text)) return fail(`${label} must be a whole number`);
    // Too many digits for a safe integer still compares right: Number() rounds, or gives Infinity.
    const value = Number(text) + 0; // "+ 0" turns "-0" into 0
    if (value < min) return fail(min === 0 ? `${label} must be 0 or more` : `${label} must be at least ${min}`);
    if (value > max) return fail(`${label} must be at most ${max}`);
    return value;
  });
