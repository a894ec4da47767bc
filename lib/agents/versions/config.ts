// What an agent version keeps: the agent's configurable fields as OnCallClerk answered after a save
// — exactly the fields the reference lets us write (the Create Agent body), so every stored value
// can be sent back by a restore. Nothing read-only (id, status, phone number, timestamps). The
// upstream answer is loose, so values are picked into one shape (the template picker's: full
// seven-day hours, FAQ entries as {question, answer}, `functions_enabled: true` as every function).
// Pure (the field list itself lives in ./fields.ts, which client code imports).
import { FUNCTION_NAMES } from "@/lib/oncallclerk/functions-enabled";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import { pickTemplateFields } from "@/lib/templates/from-agent";
import { CONFIG_FIELDS, type AgentConfig, type ConfigField } from "./fields";

export { CONFIG_FIELDS, type AgentConfig, type ConfigField };

const nonEmpty = (value: unknown): value is string => typeof value === "string" && value !== "";

export function configOfAgent(agent: Agent): AgentConfig {
  const picked: Record<string, unknown> = {
    agent_name: nonEmpty(agent.agent_name) ? agent.agent_name : undefined,
    business_name: nonEmpty(agent.business_name) ? agent.business_name : undefined,
    ...pickTemplateFields(agent),
  };
  return Object.fromEntries(CONFIG_FIELDS.filter((field) => picked[field] !== undefined).map((field) => [field, picked[field]]));
}

/** A stored config read back from the database (JSON of unknown age): only the known fields. */
export function configFromJson(value: unknown): AgentConfig {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  return Object.fromEntries(CONFIG_FIELDS.filter((field) => record[field] !== undefined && record[field] !== null).map((field) => [field, record[field]]));
}

// PostgreSQL's jsonb reorders object keys, so values are compared with keys sorted.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function functionSet(value: unknown): string {
  const names = value === true ? [...FUNCTION_NAMES] : Array.isArray(value) ? value.map(String) : [];
  return JSON.stringify([...new Set(names)].sort());
}

/** Do two values of one field mean the same setting? (Function order carries no meaning.) */
export function sameFieldValue(field: ConfigField, a: unknown, b: unknown): boolean {
  if (field === "functions_enabled") return functionSet(a) === functionSet(b);
  return canonical(a) === canonical(b);
}

export interface ConfigChange {
  field: ConfigField;
  before: unknown;
  after: unknown;
}

/** The fields whose setting differs between two configs, in CONFIG_FIELDS order. */
export function configChanges(before: AgentConfig, after: AgentConfig): ConfigChange[] {
  return CONFIG_FIELDS.filter((field) => !sameFieldValue(field, before[field], after[field])).map((field) => ({
    field,
    before: before[field] ?? null,
    after: after[field] ?? null,
  }));
}

export const sameConfig = (a: AgentConfig, b: AgentConfig) => configChanges(a, b).length === 0;
