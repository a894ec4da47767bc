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

/** A whole number in a query string: "10" yes; "", "1.5", "-1", "1e3" no. */
export const intParam = (label: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${label} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${label} must be at least ${min}`).max(max, `${label} must be at most ${max}`));
