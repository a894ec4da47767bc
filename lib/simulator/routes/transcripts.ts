// Transcripts: newest first, limit (default 50) / offset, optional type and outcome filters. No
// total count, like the real API, so arrivals during a sync shift the offsets.
import { SimError } from "../http";
import type { Route } from "../router";
import { renderTranscript } from "../seed/calls";
import { CALL_OUTCOMES, TRANSCRIPT_TYPES, type CallRecord } from "../types";
import { intParam, queryObject } from "../validation";

function enumParam<T extends string>(name: string, raw: string | undefined, values: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  if (!(values as readonly string[]).includes(raw)) {
    throw new SimError(400, `Query parameter "${name}" must be one of ${values.map((v) => `"${v}"`).join(", ")}`);
  }
  return raw as T;
}

export const transcriptRoutes: Route[] = [
  // GET /agents/:agentId/transcripts — list
  {
    method: "GET", path: "/agents/:agentId/transcripts",
    handler: ({ account, store, params, query }) => {
      const agent = store.agent(account, params.agentId ?? "");
      const q = queryObject(query, ["limit", "offset", "type", "outcome"]);
      const limit = intParam("limit", q.limit, 50, 1, 1_000_000);
      const offset = intParam("offset", q.offset, 0, 0, Number.MAX_SAFE_INTEGER);
      const type = enumParam("type", q.type, TRANSCRIPT_TYPES);
      const outcome = enumParam("outcome", q.outcome, CALL_OUTCOMES);
      let page: CallRecord[];
      if (!type && !outcome) page = agent.calls.slice(offset, offset + limit);
      else {
        // One pass with early exit: cheap even on 100k calls.
        page = [];
        let skipped = 0;
        for (const c of agent.calls) {
          if ((type && c.type !== type) || (outcome && c.outcome !== outcome)) continue;
          if (skipped < offset) skipped++;
          else if (page.push(c) >= limit) break;
        }
      }
      const transcripts = page.map((c) => renderTranscript(c, agent.config.id));
      return { body: { success: true, data: { transcripts } } };
    },
  },

  // GET /agents/:agentId/transcripts/:transcriptId — one transcript
  {
    method: "GET", path: "/agents/:agentId/transcripts/:transcriptId",
    handler: ({ account, store, params }) => {
      const agent = store.agent(account, params.agentId ?? "");
      const call = agent.calls.find((c) => c.id === params.transcriptId);
      if (!call) throw new SimError(404, "Transcript not found");
      return { body: { success: true, data: renderTranscript(call, agent.config.id) } };
    },
  },
];
