// Where the e2e server script tells the specs about the run (one file per E2E_PORT, so parallel
// runs on other ports never read each other's).
import os from "node:os";
import path from "node:path";

export function e2eStateFile(port: string | number = process.env.E2E_PORT ?? "3100"): string {
  return path.join(os.tmpdir(), `oncallclerk-portal-e2e-${port}.json`);
}
