// The fields an agent version keeps and what people call them. No imports: the history UI (client
// code) and the server share this list.

/** The agent's settings that do not name it: what a template keeps (lib/templates). */
export const AGENT_SETTING_FIELDS = [
  "voice_id",
  "greeting",
  "system_prompt",
  "escalation_policy",
  "forwarding_number",
  "escalation_number",
  "business_hours",
  "faq",
  "voice_settings",
  "functions_enabled",
] as const;

/** The writable agent fields (the reference's Create Agent body), in the order people read them. */
export const CONFIG_FIELDS = ["agent_name", "business_name", ...AGENT_SETTING_FIELDS] as const;
export type ConfigField = (typeof CONFIG_FIELDS)[number];

/** A stored configuration: any of the fields (one OnCallClerk did not report is absent). */
export type AgentConfig = Partial<Record<ConfigField, unknown>>;

/** The editor's words for each field. */
export const CONFIG_FIELD_LABELS: Record<ConfigField, string> = {
  agent_name: "Agent name",
  business_name: "Business name",
  voice_id: "Voice",
  greeting: "Greeting",
  system_prompt: "Instructions",
  escalation_policy: "Escalation",
  forwarding_number: "Forwarding number",
  escalation_number: "Backup number",
  business_hours: "Business hours",
  faq: "FAQ",
  voice_settings: "Voice settings",
  functions_enabled: "Functions",
};

export function isConfigField(value: string): value is ConfigField {
  return (CONFIG_FIELDS as readonly string[]).includes(value);
}
