// Every console line (and, when asked, every write to stdout/stderr) of a test file, for tests that
// prove a secret never reaches the logs. Call at the top level of the file.
import { format } from "node:util";
import { afterAll, beforeAll, vi } from "vitest";

export function captureLogs(options: { streams?: boolean } = {}): string[] {
  const lines: string[] = [];
  beforeAll(() => {
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      const original = console[method].bind(console);
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(format(...args));
        original(...args);
      });
    }
    if (!options.streams) return;
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
      vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        lines.push(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
        return original(chunk, ...rest);
      }) as typeof stream.write);
    }
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });
  return lines;
}
