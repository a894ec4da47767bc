// The access matrix's shape: what one row says (route, who may, how to make a request that works)
// and the small helpers the rows share. The rows are in client-routes.ts and agency-routes.ts.
import { db } from "@/lib/db/client";
import { TEMPLATE_CONFIG, type Subject, type Target, type TargetClient, type World } from "./world";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface MatrixRequest {
  path: string;
  params?: Record<string, string>;
  json?: unknown;
}

export interface CaseRun {
  subject: Subject;
  target: Target;
  /** The case is expected to be allowed (so a destructive request gets something of its own to act on). */
  allowed: boolean;
  index: number;
}

export interface MatrixRoute {
  name: string;
  /** The route file, from the repository root. */
  file: string;
  method: Method;
  handler: Handler;
  /**
   * client: the request is about one client; one the person cannot see is 404 before anything else.
   * agency: the permission is checked first (403); another agency's ids are then 404.
   */
  scope: "client" | "agency";
  allowed: readonly Subject[];
  status: number;
  targets: readonly Target[];
  request(world: World, client: TargetClient, run: CaseRun): Promise<MatrixRequest>;
  /** After an allowed case: wait for what it started (a sync) so the next case starts clean. */
  settle?(world: World, client: TargetClient): Promise<void>;
  /** How a hidden client is answered when not 404 (bulk: 200, every target "not found"). */
  hidden?: { status: number; check(body: { data: { items: { status: string; error?: { code: string } }[] } }): boolean };
}

export const EVERYONE: readonly Subject[] = ["owner", "admin", "member", "viewer", "client_user"];
export const STAFF: readonly Subject[] = ["owner", "admin", "member", "viewer"];
export const WORKERS: readonly Subject[] = ["owner", "admin", "member"];
export const MANAGERS: readonly Subject[] = ["owner", "admin"];
export const ALL_TARGETS: readonly Target[] = ["own", "unassigned", "foreign"];

export const clientPath = (client: TargetClient, rest = "") => ({ path: `/api/clients/${client.id}${rest}`, params: { clientId: client.id } });
export const agentPath = (client: TargetClient, agentId: string, rest = "") => ({
  path: `/api/clients/${client.id}/agents/${agentId}${rest}`,
  params: { clientId: client.id, agentId },
});
export const unique = (run: CaseRun) => `${run.subject}-${run.target}-${run.index}`;

export const HOURS = {
  enabled: true,
  timezone: "America/New_York",
  schedule: Object.fromEntries(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((day) => [day, { open: "08:00", close: "18:00", enabled: day !== "sunday" }])),
};

export async function waitForSyncIdle(world: World, client: TargetClient): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const state = await db().transcriptSyncState.findUnique({ where: { clientId: client.id }, select: { runId: true } });
    if (!state?.runId) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`matrix: the sync of ${client.name} did not finish`);
}

// A template keeps what a new agent starts from, never its names.
export const templateConfig = (({ business_name: _business, agent_name: _agent, ...rest }) => rest)(TEMPLATE_CONFIG);

export const bulkHidden = {
  status: 200,
  check: (body: { data: { items: { status: string; error?: { code: string } }[] } }) => body.data.items.every((item) => item.status === "failed" && item.error?.code === "not_found"),
};

export const route = (row: Omit<MatrixRoute, "targets" | "status"> & { targets?: readonly Target[]; status?: number }): MatrixRoute => ({
  targets: row.scope === "client" ? ALL_TARGETS : ["own"],
  status: 200,
  ...row,
});
