// Small zod building blocks shared by several resources' schemas.
import { z } from "zod";

/**
 * Text people see (names): trimmed, non-empty, bounded, and free of control, zero-width and
 * bidi-override characters, which only ever hide or disguise what a name says (and NUL cannot be
 * stored in PostgreSQL text at all).
 */
export const visibleText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} under ${max} characters`)
    .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u, "Remove control or invisible characters");
