// Creating an agent safely:
//  - the plan's allowance is read from `GET /usage` first (never hard-coded): at the limit we
//    answer 409 agent_limit_reached and send nothing;
//  - the create answers a partial agent, so the full one is read back with `GET /agents/{id}`;
//  - a create whose outcome is unknown (timeout, outage, unreadable answer) is NEVER repeated: we
//    look in the agent list for the agent it would have made (same agent_name + business_name,
//    created since the request started) and answer that, or 502 upstream_outcome_unknown telling
//    the person to check the list before trying again.
import { ApiError } from "@/lib/api/errors";
import { isOnCallClerkError, type Agent, type OnCallClerkClient, type Usage } from "@/lib/oncallclerk";
import type { CreateAgentBody } from "./agent-schemas";

/** Our clock and OnCallClerk's may disagree a little; an agent stamped this much "before" we sent still counts. */
export const CLOCK_SKEW_MS = 5_000;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function assertAgentAllowance(usage: Usage): void {
  const agents = usage.agents;
  if (!agents || agents.limit === null) return; // unlimited or not reported: let OnCallClerk decide
  const remaining = agents.remaining ?? agents.limit - agents.used;
  if (remaining > 0) return;
  const plan = usage.plan ? `${usage.plan} plan` : "plan";
  throw new ApiError(
    409,
    "agent_limit_reached",
    `This client's ${plan} allows ${plural(agents.limit, "agent")} and ${agents.used === 1 ? "1 is" : `${agents.used} are`} in use. Delete an agent or upgrade the client's plan before creating another.`,
  );
}

async function fullAgent(oncallclerk: OnCallClerkClient, partial: Agent): Promise<Agent> {
  try {
    return { ...partial, ...(await oncallclerk.agents.get(partial.id)) };
  } catch {
    // The agent exists; failing now would invite a retry that creates a second one.
    return partial;
  }
}

const outcomeUnknown = (name: string) =>
  new ApiError(
    502,
    "upstream_outcome_unknown",
    `OnCallClerk did not confirm whether the agent “${name}” was created. Check the client's agent list before trying again, so it is not created twice.`,
  );

async function findJustCreated(oncallclerk: OnCallClerkClient, input: CreateAgentBody, startedAt: number): Promise<Agent> {
  let agents: Agent[];
  try {
    agents = await oncallclerk.agents.list();
  } catch {
    throw outcomeUnknown(input.agent_name);
  }
  const matches = agents
    .filter((agent) => agent.agent_name === input.agent_name && agent.business_name === input.business_name)
    .filter((agent) => {
      const created = agent.created_at ? Date.parse(agent.created_at) : Number.NaN;
      return Number.isFinite(created) && created >= startedAt - CLOCK_SKEW_MS;
    })
    .sort((a, b) => Date.parse(b.created_at!) - Date.parse(a.created_at!));
  const found = matches[0];
  if (!found) throw outcomeUnknown(input.agent_name);
  return fullAgent(oncallclerk, found);
}

export async function createAgent(oncallclerk: OnCallClerkClient, input: CreateAgentBody): Promise<Agent> {
  assertAgentAllowance(await oncallclerk.usage.get());
  const startedAt = Date.now();
  let created: Agent;
  try {
    created = await oncallclerk.agents.create(input);
  } catch (error) {
    if (!isOnCallClerkError(error)) throw error;
    // The request may have been carried out: find out instead of repeating it.
    if (error.kind === "unavailable" || error.kind === "unexpected_response") return findJustCreated(oncallclerk, input, startedAt);
    // Someone else used the last slot between our /usage check and the create.
    if (error.kind === "forbidden" && /limit/i.test(error.upstreamMessage ?? "")) {
      throw new ApiError(409, "agent_limit_reached", `OnCallClerk refused another agent for this client: ${error.upstreamMessage}`);
    }
    throw error;
  }
  return fullAgent(oncallclerk, created);
}
