// HTTP plumbing on bare node:http: error type, envelopes, body reading (JSON + multipart).
import type { IncomingMessage, ServerResponse } from "node:http";

/** Thrown by handlers; the server turns it into `{success:false, error, status}`. */
export class SimError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, error: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { success: false, error, status }, headers);
}

/** What nginx/Cloudflare in front of an API answers when the upstream is down: HTML, not JSON. */
export function sendProxyHtml(res: ServerResponse): void {
  const html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
  res.writeHead(502, { "content-type": "text/html", "content-length": Buffer.byteLength(html) });
  res.end(html);
}

const MAX_BODY_BYTES = 10 * 1024 * 1024; // proof documents are small scans

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new SimError(413, "Request body too large");
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export type Body =
  | { kind: "none" }
  | { kind: "json"; value: unknown }
  | { kind: "form"; value: FormData };

/**
 * Reads the body. Strict like the real API: a body must be declared as JSON (or multipart where a
 * route allows it); a JSON body that does not parse is a 400, never silently `{}`.
 */
export async function readBody(req: IncomingMessage): Promise<Body> {
  const raw = await readRaw(req);
  if (raw.length === 0) return { kind: "none" };
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("application/json")) {
    try {
      return { kind: "json", value: JSON.parse(raw.toString("utf8")) as unknown };
    } catch {
      throw new SimError(400, "Malformed JSON in request body");
    }
  }
  if (type.startsWith("multipart/form-data")) {
    try {
      // Node 20's web Response parses multipart for us; no dependency needed.
      const form = await new Response(new Uint8Array(raw), { headers: { "content-type": type } }).formData();
      return { kind: "form", value: form };
    } catch {
      throw new SimError(400, "Malformed multipart/form-data body");
    }
  }
  throw new SimError(400, `Unsupported Content-Type "${type || "(none)"}": send application/json`);
}

/** The JSON object of a body, or a 400 naming what is wrong. */
export function jsonObject(body: Body): Record<string, unknown> {
  if (body.kind === "none") throw new SimError(400, "Request body is required (application/json)");
  if (body.kind === "form") throw new SimError(400, "This endpoint accepts application/json only");
  const v = body.value;
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new SimError(400, "Request body must be a JSON object");
  return v as Record<string, unknown>;
}
