// Reading and validating request bodies: size-capped, JSON only, zod-checked with every issue
// reported per field (not just the first one).
import type { z } from "zod";
import { ApiError, validationError, type FieldErrors } from "./errors";

export const DEFAULT_BODY_LIMIT_BYTES = 16 * 1024;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  // No prototype: a body key such as "__proto__" or "constructor" must be a plain entry here.
  const fieldErrors: FieldErrors = Object.create(null) as FieldErrors;
  for (const issue of error.issues) {
    // Unknown keys are reported on the object; name each one so the caller sees what to remove.
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key].join(".")) : [issue.path.join(".") || "_"];
    const message = issue.code === "unrecognized_keys" ? "Unknown field" : issue.message;
    for (const key of keys) (fieldErrors[key] ??= []).push(message);
  }
  return fieldErrors;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

async function readCapped(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, "payload_too_large", `The request body is larger than ${Math.round(limit / 1024)} kB`);
}

/** Parses a JSON body against a schema: 415 for non-JSON, 413 when too big, 400 for bad JSON or fields. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, limit = DEFAULT_BODY_LIMIT_BYTES): Promise<z.infer<S>> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json)");
  }
  const text = await readCapped(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON");
  }
  return parseWith(schema, value);
}
