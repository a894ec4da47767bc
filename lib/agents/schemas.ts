// Agent-facing schemas of our own API (the upstream shapes live in lib/oncallclerk/schemas).
import { z } from "zod";

// Upstream ids are opaque (agt_…, agent_main, …); only bound their size and forbid path tricks.
export const agentIdParamsSchema = z.object({
  agentId: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[^/?#\s\p{Cc}]+$/u, "Not a valid agent id")
    // URL parsers collapse "." and ".." even when encoded: /agents/.. would reach another endpoint.
    .refine((id) => id !== "." && id !== "..", "Not a valid agent id"),
});
