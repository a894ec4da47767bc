// Lost answers to writes. startLossyUpstream: an OnCallClerk with one agent whose PUT answer is
// always lost (503) — after applying the change (`landsAnyway`) or without. startLossyProxy: any
// write to the simulator passed through, its answer replaced by a proxy's HTML 502. Both prove a
// write is read back instead of being sent again.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface LossyUpstream {
  url: string;
  /** PUT requests received so far. */
  readonly puts: number;
  close(): Promise<void>;
}

export async function startLossyUpstream({ landsAnyway }: { landsAnyway: boolean }): Promise<LossyUpstream> {
  const agent: Record<string, unknown> = {
    id: "agt_lossy",
    agent_name: "Lossy",
    business_name: "Lossy Ltd",
    greeting: "Before the outage",
    updated_at: "2026-01-01T00:00:00.000Z",
  };
  let puts = 0;
  const send = (res: import("node:http").ServerResponse, status: number, json: unknown) => {
    const text = JSON.stringify(json);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = (req.url ?? "/").split("?")[0];
      if (req.method === "GET" && path === "/usage") return send(res, 200, { success: true, data: { plan: "growth", agents: { used: 1, limit: 3, remaining: 2 } } });
      if (req.method === "GET" && path === "/agents/agt_lossy") return send(res, 200, { success: true, data: agent });
      if (req.method === "PUT" && path === "/agents/agt_lossy") {
        puts += 1;
        if (landsAnyway) Object.assign(agent, JSON.parse(Buffer.concat(chunks).toString("utf8")), { updated_at: "2026-01-02T00:00:00.000Z" });
        return send(res, 503, { success: false, error: "Service unavailable", status: 503 });
      }
      return send(res, 404, { success: false, error: "Not found", status: 404 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get puts() {
      return puts;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export interface LossyProxy {
  url: string;
  /** Every request that reached the proxy, as "METHOD /path". */
  readonly requests: string[];
  /** The same requests with their JSON bodies (undefined without one): what the upstream was sent. */
  readonly sent: { method: string; path: string; json: unknown }[];
  close(): Promise<void>;
}

const HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";

/**
 * A proxy in front of a real upstream (the simulator): every request is passed through, but the
 * answer to each request `lose` picks is replaced by an HTML 502 once the upstream has answered —
 * the upstream did the work, the portal never hears of it. With `thenDown`, every request after the
 * first lost one gets the HTML 502 without reaching the upstream (the read-back fails too).
 * With `lose: () => false` it is a recording tap: `sent` shows exactly what the upstream received.
 */
export async function startLossyProxy({ target, lose, thenDown = false }: { target: string; lose: (method: string, path: string) => boolean; thenDown?: boolean }): Promise<LossyProxy> {
  const requests: string[] = [];
  const sent: LossyProxy["sent"] = [];
  let down = false;
  const badGateway = (res: import("node:http").ServerResponse) => {
    res.writeHead(502, { "content-type": "text/html", "content-length": Buffer.byteLength(HTML_502) });
    res.end(HTML_502);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const method = req.method ?? "GET";
      const path = (req.url ?? "/").split("?")[0]!;
      requests.push(`${method} ${path}`);
      const text = Buffer.concat(chunks).toString("utf8");
      sent.push({ method, path, json: text ? (JSON.parse(text) as unknown) : undefined });
      if (down) return badGateway(res);
      const headers = new Headers();
      for (const name of ["authorization", "content-type", "accept"]) {
        const value = req.headers[name];
        if (typeof value === "string") headers.set(name, value);
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      void fetch(`${target}${req.url ?? "/"}`, { method, headers, ...(body ? { body } : {}) })
        .then(async (upstream) => {
          const text = await upstream.text();
          if (lose(method, path)) {
            if (thenDown) down = true;
            return badGateway(res);
          }
          res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json", "content-length": Buffer.byteLength(text) });
          res.end(text);
        })
        .catch(() => badGateway(res));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sent,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
