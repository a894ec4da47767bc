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

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`;
}

/**
 * The body's bytes, or 413 as soon as more than `limit` have arrived (the rest is not read). The
 * declared Content-Length is checked too but never trusted, so the limit holds the same in
 * production as in `next dev`, whatever sits in front of the app.
 */
export async function readCappedBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new ApiError(413, "payload_too_large", `The request body is larger than ${describeSize(limit)}`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The media type of the body, without parameters, lower-cased ("application/json"). */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Parses a JSON body against a schema: 415 for non-JSON, 413 when too big, 400 for bad JSON or fields. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, limit = DEFAULT_BODY_LIMIT_BYTES): Promise<z.infer<S>> {
  if (mediaTypeOf(request) !== "application/json") {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json)");
  }
  const text = Buffer.from(await readCappedBytes(request, limit)).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON");
  }
  return parseWith(schema, value);
}
