import type { Agent } from "./schemas/agents";

/** The functions the reference names; `functions_enabled: true` is read as all of them. */
export const FUNCTION_NAMES = ["calendar", "email", "sheets"] as const;

/**
 * `functions_enabled` is a string[] in the reference but `true` in the vendor's HTML example.
 * Arrays pass through; `true` becomes "all" (every function on, names unknown); `false`, null
 * and a missing field become []. Never send the raw value back unless the user changed it.
 */
export function normalizeFunctionsEnabled(value: Agent["functions_enabled"]): string[] | "all" {
  if (Array.isArray(value)) return value;
  return value === true ? "all" : [];
}
