// An OnCallClerk with one agent whose PUT answer is always lost (503) — after applying the change
// (`landsAnyway`) or without. Proves a bulk write is read back instead of being sent again.
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
