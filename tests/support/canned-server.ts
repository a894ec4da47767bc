// A real HTTP server on 127.0.0.1 serving canned OnCallClerk answers, for tests: the client's
// transport (headers, bodies, multipart, timeouts) is exercised for real instead of mocking fetch.
// Not exported from the package index: it imports node:http.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type CannedReply = {
  status?: number;
  headers?: Record<string, string>;
  /** Serialized as JSON with content-type application/json. */
  json?: unknown;
  /** Sent verbatim (set the content-type yourself through `headers`). */
  raw?: string;
  /** Wait this long before answering (timeout tests). */
  delayMs?: number;
};

export type RecordedRequest = {
  method: string;
  /** Path plus query string, exactly as received (still percent-encoded). */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Parsed when the request said application/json. */
  json: unknown;
};

type Handler = CannedReply | ((req: RecordedRequest) => CannedReply);

export type CannedServer = {
  url: string;
  requests: RecordedRequest[];
  /** Route by method and exact path (no query); later calls replace earlier ones. */
  on(method: string, path: string, reply: Handler): void;
  /** Used when no route matches. */
  fallback(reply: Handler): void;
  close(): Promise<void>;
};

export async function startCannedServer(): Promise<CannedServer> {
  const routes = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  let fallback: Handler = { status: 599, json: { success: false, error: "no canned route" } };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const isJson = (req.headers["content-type"] ?? "").includes("application/json");
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json: isJson && body.length > 0 ? (JSON.parse(body.toString("utf8")) as unknown) : undefined,
      };
      requests.push(recorded);
      // Route on the raw (still encoded) path so tests can assert how ids were encoded.
      const rawPath = (req.url ?? "/").split("?")[0] ?? "/";
      const handler = routes.get(`${recorded.method} ${rawPath}`) ?? fallback;
      const reply = typeof handler === "function" ? handler(recorded) : handler;
      const send = () => {
        if (res.destroyed) return;
        const headers: Record<string, string> = { ...reply.headers };
        let payload = reply.raw ?? "";
        if (reply.json !== undefined) {
          payload = JSON.stringify(reply.json);
          headers["content-type"] ??= "application/json";
        }
        res.writeHead(reply.status ?? 200, headers);
        res.end(payload);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on(method, path, reply) {
      routes.set(`${method.toUpperCase()} ${path}`, reply);
    },
    fallback(reply) {
      fallback = reply;
    },
    close() {
      server.closeAllConnections(); // hanging (delayed) requests must not keep the test alive
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
