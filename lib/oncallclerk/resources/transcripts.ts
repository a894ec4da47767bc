import { paths } from "../paths";
import * as t from "../schemas/transcripts";
import type { Transport } from "../transport";
import { parseRequest } from "../validate";

export function createTranscriptsApi(request: Transport) {
  return {
    /** Newest first, no total count: offsets shift when calls arrive during a sync. */
    async list(agentId: string, query: t.ListTranscriptsQuery = {}): Promise<t.Transcript[]> {
      const q = parseRequest(t.listTranscriptsQuerySchema, query, "transcript query");
      const res = await request({ method: "GET", path: paths.transcripts(agentId), query: q, schema: t.transcriptListResponseSchema, what: "transcript list" });
      return res.data.transcripts;
    },

    async get(agentId: string, transcriptId: string): Promise<t.Transcript> {
      const res = await request({ method: "GET", path: paths.transcript(agentId, transcriptId), schema: t.transcriptResponseSchema, what: "transcript" });
      return res.data;
    },
  };
}

export type TranscriptsApi = ReturnType<typeof createTranscriptsApi>;
