// Local TCP ports: is one free, and the first free one from a starting point.
import net from "node:net";

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function firstFreePort(from: number, attempts = 50): Promise<number | null> {
  for (let port = from; port < from + attempts; port++) {
    if (await isPortFree(port)) return port;
  }
  return null;
}
