// GET  /api/clients/:clientId/sync — the transcript sync's state and progress
// POST /api/clients/:clientId/sync[?full=1] — start a sync now (202), or 409 while one runs
import { ApiError, validationError } from "@/lib/api/errors";
import { withClient } from "@/lib/api/handler";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { startClientSync } from "@/lib/transcripts/sync/run-client";
import { syncStatus } from "@/lib/transcripts/sync/status";

type Params = { clientId: string };

export const GET = withClient<Params>("transcript:read", async ({ agency, client }) => ok(await syncStatus(agency.id, client.id)));

export const POST = withClient<Params>("transcript:sync", async (args) => {
  const { request, agency, client } = args;
  const search = new URL(request.url).searchParams;
  const unknown = [...search.keys()].filter((name) => name !== "full");
  if (unknown.length > 0) throw validationError(Object.fromEntries(unknown.map((name) => [name, ["Unknown query parameter (allowed: full)"]])));
  const fullValue = search.get("full");
  if (fullValue !== null && !["0", "1", "true", "false"].includes(fullValue)) throw validationError({ full: ["full is 1 or 0"] });
  if (client.status === "key_rejected") {
    throw new ApiError(409, "client_key_rejected", "OnCallClerk rejected this client's key; replace it in the client's settings before syncing");
  }
  const full = fullValue === "1" || fullValue === "true";
  const started = await startClientSync(agency.id, client.id, { full });
  const status = await syncStatus(agency.id, client.id);
  if (started === "busy") {
    throw new ApiError(409, "conflict", full ? "A sync is running; the full resync will follow it" : "A sync of this client is already running", { current: status });
  }
  await recordAudit(actorOf(args), { action: "transcript.sync", client, target: { type: "client", id: client.id, name: client.name }, details: { full } });
  return ok(status, 202);
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
