// The export route under load: a 100k-call export streamed from the running portal, with the
// server's resident memory sampled throughout (it must not grow with the number of rows).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Resident memory (MB) of a process and its descendants, from /proc. */
function rssMb(pid: number): number {
  let pids = [pid];
  try {
    pids = pids.concat(execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number));
  } catch {
    // no children
  }
  let kb = 0;
  for (const one of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${one}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return Math.round(kb / 1024);
}

export async function benchExport(url: string, cookie: string, serverPid: number, format: "csv" | "json") {
  const before = rssMb(serverPid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(serverPid))), 100);
  const started = Date.now();
  const response = await fetch(url.replace("format=csv", `format=${format}`), { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  let newlines = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) newlines++;
  }
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  return { format, megabytes: Math.round(bytes / 1e5) / 10, lines: newlines, seconds, rowsPerSecond: null as number | null, serverRssMb: { before, peak } };
}
