// multipart/form-data bodies (document uploads), read with the same hard cap on received bytes as
// JSON bodies (lib/api/body.ts).
import { mediaTypeOf, readCappedBytes } from "./body";
import { ApiError } from "./errors";


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
