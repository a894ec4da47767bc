// Path and query schemas of the agent history routes. Version numbers are whole numbers from 1;
// anything else is a 400 naming the parameter, never a database lookup.
import { z } from "zod";
import { intParam } from "@/lib/api/query-params";
import { agentIdParamsSchema } from "../schemas";

/** Large enough for any history; keeps a bad id from becoming an integer overflow in the query. */
const MAX_VERSION = 2_147_483_647;

const versionNumber = (label: string) => intParam(label, 1, MAX_VERSION);

export const versionParamsSchema = agentIdParamsSchema.extend({ version: versionNumber("The version") });

export const LIST_QUERY_PARAMS = ["limit", "before", "include"] as const;
export const listVersionsQuerySchema = z.object({
  limit: intParam("limit", 1, 100).optional(),
  before: versionNumber("before").optional(),
  include: z.literal("config", { error: 'include can only be "config"' }).optional(),
});

export const DIFF_QUERY_PARAMS = ["from", "to"] as const;
export const diffQuerySchema = z.object({ from: versionNumber("from"), to: versionNumber("to") });
