// multipart/form-data bodies (document uploads), read by us with a hard cap on the bytes actually
// received — the declared Content-Length is checked too, but never trusted — so the limit holds
// the same in production as in `next dev`, whatever sits in front of the app.
import { ApiError } from "./errors";

function tooLarge(limit: number): ApiError {
  return new ApiError(413, "payload_too_large", `The upload is larger than ${(limit / (1024 * 1024)).toFixed(0)} MB in total`);
}

/** The body's bytes, or 413 as soon as more than `limit` have arrived (the rest is not read). */
export async function readCappedBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
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
      throw tooLarge(limit);
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

export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Parses a multipart/form-data body read under `limit` bytes: 413 when larger, 400 when malformed. */
export async function readMultipart(request: Request, limit: number): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  if (mediaTypeOf(request) !== "multipart/form-data" || !/boundary=/i.test(contentType)) {
    throw new ApiError(415, "unsupported_media_type", "Send the form as multipart/form-data");
  }
  const bytes = await readCappedBytes(request, limit);
  try {
    return await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ApiError(400, "validation_failed", "The multipart/form-data body could not be read");
  }
}
