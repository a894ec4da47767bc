// Local TCP ports: is one free, and the first free one from a starting point.
import net from "node:net";

/** Free on `host` (every interface when omitted). */
export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Next listens on every interface; a server on 127.0.0.1 alone also makes the port unusable. */
export async function isPortFreeForServer(port: number): Promise<boolean> {
  return (await isPortFree(port)) && (await isPortFree(port, "127.0.0.1"));
}

export async function firstFreePort(from: number, attempts = 50, isFree: (port: number) => Promise<boolean> = (port) => isPortFree(port, "127.0.0.1")): Promise<number | null> {
  for (let port = from; port < from + attempts; port++) {
    if (await isFree(port)) return port;
  }
  return null;
}
