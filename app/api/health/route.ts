// GET /api/health — liveness plus database reachability (for load balancers; no session needed)
import { db } from "@/lib/db/client";
import { otherMethods } from "@/lib/api/other-methods";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    const databaseMs = Math.round(performance.now() - started);
    return Response.json({ success: true, data: { status: "ok", database: "reachable", databaseMs } }, { headers: { "cache-control": "no-store" } });
  } catch {
    return Response.json(
      { success: false, error: { code: "database_unreachable", message: "The database is not reachable", requestId: "health" } },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
