// A stand-in OnCallClerk that answers whatever a test tells it to, for what the simulator cannot do
// (echo the key back in an error, record exactly which paths the portal called).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface CannedReply {
  status: number;
  json: unknown;
}

export interface CannedUpstream {
  url: string;
  /** Method, path (as received, before any decoding) and Authorization header of every request. */
  requests: { method: string; path: string; authorization: string | undefined }[];
  on(method: string, path: string, reply: CannedReply): void;
  fallback(reply: CannedReply): void;
  close(): Promise<void>;
}

export async function startCannedUpstream(): Promise<CannedUpstream> {
  const routes = new Map<string, CannedReply>();
  const requests: CannedUpstream["requests"] = [];
  let fallback: CannedReply = { status: 404, json: { success: false, error: "Not found", status: 404 } };

  const server = createServer((req, res) => {
    req.resume();
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    requests.push({ method: req.method ?? "", path, authorization: req.headers.authorization });
    const reply = routes.get(`${req.method} ${path}`) ?? fallback;
    const text = JSON.stringify(reply.json);
    res.writeHead(reply.status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on: (method, path, reply) => void routes.set(`${method.toUpperCase()} ${path}`, reply),
    fallback: (reply) => void (fallback = reply),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
