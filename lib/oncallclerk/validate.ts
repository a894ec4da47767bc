import type { z } from "zod";
import { OnCallClerkError, type OnCallClerkIssue } from "./errors";

export function toIssues(error: z.ZodError): OnCallClerkIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

function describe(issues: OnCallClerkIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join("; ");
}

/**
 * Validates a request against its strict schema before anything is sent. The real API rejects
 * unknown and read-only fields, so catching them here gives a precise error and saves a request.
 */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toIssues(result.error);
  throw new OnCallClerkError({
    kind: "validation",
    message: `Invalid ${what}, not sent to OnCallClerk: ${describe(issues)}`,
    issues,
  });
}

export function unexpectedResponse(error: z.ZodError, status: number, what: string): OnCallClerkError {
  const issues = toIssues(error);
  return new OnCallClerkError({
    kind: "unexpected_response",
    status,
    message: `OnCallClerk returned an unexpected ${what} (${status}): ${describe(issues).slice(0, 300)}`,
    issues,
  });
}
