// Builds a new account from its API key. Everything comes from a PRNG seeded with the key, so the
// same key yields the same business, agent, numbers and calls (timestamps relative to first use).
import type { PlanName } from "../plans";
import { createRng, hashString, pick, randHex, randId, randInt } from "../prng";
import { poolOf } from "../numbers";
import { VOICES } from "../voices";
import { WEEK_DAYS, type Account, type AgentConfig, type AgentRecord, type BusinessHours, type CallContext } from "../types";
import { CITIES, FIRST_NAMES, PERSONALITIES, SURNAMES, VERTICALS, type Vertical } from "./business";
import { seedCalls } from "./calls";

const DAY_MS = 86_400_000;

export function weekdayHours(timezone: string, enabled: boolean): BusinessHours {
  const schedule: BusinessHours["schedule"] = {};
  for (const day of WEEK_DAYS) {
    const weekend = day === "saturday" || day === "sunday";
    schedule[day] = weekend ? { open: "00:00", close: "00:00", enabled: false } : { open: "09:00", close: "17:00", enabled: true };
  }
  return { enabled, timezone, schedule };
}

export function contextOf(config: AgentConfig, vertical: string): CallContext {
  return {
    businessName: config.business_name, agentName: config.agent_name, greeting: config.greeting, vertical,
    timezone: config.business_hours.timezone,
  };
}

export function agentRecord(config: AgentConfig, vertical: string): AgentRecord {
  return { config, vertical, ctx: contextOf(config, vertical), calls: [], emailFunction: null };
}

export interface SeedOptions { now: number; transcriptsPerAgent: number; isTaken: (phone: string) => boolean }

export function createAccount(key: string, plan: PlanName, opts: SeedOptions): Account {
  const rng = createRng(hashString(key));
  const vertical: Vertical = pick(rng, VERTICALS);
  const city = pick(rng, CITIES);
  const surname = pick(rng, SURNAMES);
  const businessName = pick(rng, vertical.names).replace("{surname}", surname).replace("{city}", city.name);
  const voice = pick(rng, VOICES);
  const agentName = pick(rng, vertical.agentNames);
  const created = opts.now - randInt(rng, 30, 400) * DAY_MS - randInt(rng, 0, DAY_MS);
  const updated = Math.min(opts.now - DAY_MS, created + randInt(rng, 0, 20) * DAY_MS);

  // Roughly one account in four has not bought a number yet: the portal must render `null`.
  let phone: string | null = null;
  if (rng() < 0.75) {
    const local = poolOf(city.country).filter((n) => n.phoneNumber.startsWith(`+1${city.areaCodes[0]}`) && !opts.isTaken(n.phoneNumber));
    phone = local.length > 0 ? pick(rng, local).phoneNumber : null;
  }
  const forwarding = `+1${pick(rng, city.areaCodes)}${randInt(rng, 2000000, 9999999)}`;
  const config: AgentConfig = {
    id: `agt_${randId(rng, 10)}`,
    business_name: businessName,
    agent_name: agentName,
    phone_number: phone,
    phone_number_sid: phone ? `PN${randHex(rng, 32)}` : null,
    voice_id: voice.id,
    greeting: `Thanks for calling ${businessName}, this is ${voice.name}. How can I help you today?`,
    system_prompt:
      `You are ${voice.name}, the ${agentName.toLowerCase()} for ${businessName}, ${vertical.role} in ${city.name}. ` +
      "Be warm and concise. Collect the caller's name, number and reason for calling, book " +
      `${vertical.visit}s when asked, and never quote firm prices without an inspection.`,
    voice_settings: { personality: pick(rng, PERSONALITIES), name: voice.name },
    functions_enabled: [...vertical.functions],
    forwarding_number: forwarding,
    escalation_number: rng() < 0.5 ? `+1${pick(rng, city.areaCodes)}${randInt(rng, 2000000, 9999999)}` : null,
    escalation_policy: pick(rng, ["complex", "requested", "always", "never"] as const),
    business_hours: weekdayHours(city.timezone, true),
    faq: [{ question: "What are your hours?", answer: "We are open 9am to 5pm, Monday to Friday." }, ...vertical.faq],
    status: "active",
    created_at: new Date(created).toISOString(),
    updated_at: new Date(updated).toISOString(),
  };
  const record = agentRecord(config, vertical.id);
  record.calls = seedCalls(rng, 0, opts.transcriptsPerAgent, record.ctx, opts.now);

  const first = pick(rng, FIRST_NAMES);
  const domain = businessName.toLowerCase().replace(/[^a-z0-9]+/g, "") + ".com";
  return {
    key, plan, createdAt: created,
    profile: {
      firstName: first, lastName: surname, email: `${first.toLowerCase()}@${domain}`, company: businessName,
      timezone: city.timezone, personalPhoneNumber: `+1${pick(rng, city.areaCodes)}${randInt(rng, 2000000, 9999999)}`,
      emailNotifications: true, callNotifications: rng() < 0.7, weeklyReports: rng() < 0.4,
    },
    agents: new Map([[config.id, record]]),
    bundles: [],
    rng, callSeq: opts.transcriptsPerAgent, requests: {},
  };
}

