// Internal state shapes of the simulator. API shapes follow /work/shared/oncallclerk-api.md
// (snake_case agents, camelCase numbers/bundles/user, mixed transcripts) on purpose.
import type { PlanName } from "./plans";

export const TRANSCRIPT_TYPES = [
  "Sales Inquiry", "Support Request", "General Info", "Complaint", "Feedback", "Booking", "Cancellation",
] as const;
export const CALL_OUTCOMES = [
  "Resolved", "Unresolved", "Escalated", "Follow-up Required", "Information Provided",
  "Lead Captured", "Cancelled", "No Action", "Unknown",
] as const;
export const ESCALATION_POLICIES = ["never", "complex", "requested", "always"] as const;
export const WEEK_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const BUNDLE_STATUSES = [
  "draft", "pending-review", "in-review", "twilio-approved", "provisionally-approved", "rejected", "canceled",
] as const;

export type TranscriptType = (typeof TRANSCRIPT_TYPES)[number];
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export type EscalationPolicy = (typeof ESCALATION_POLICIES)[number];
export type WeekDay = (typeof WEEK_DAYS)[number];
export type BundleStatus = (typeof BUNDLE_STATUSES)[number];

export interface DayHours { open: string; close: string; enabled: boolean }
export interface BusinessHours { enabled: boolean; timezone: string; schedule: Partial<Record<WeekDay, DayHours>> }
export interface Faq { question: string; answer: string }
export interface VoiceSettings { personality?: string; name?: string }

/** The full VoiceAgentConfig as GET /agents/{id} returns it. */
export interface AgentConfig {
  id: string;
  business_name: string;
  agent_name: string;
  phone_number: string | null;
  phone_number_sid: string | null;
  voice_id: string;
  greeting: string;
  system_prompt: string;
  voice_settings: VoiceSettings;
  functions_enabled: string[];
  forwarding_number: string | null;
  escalation_number: string | null;
  escalation_policy: EscalationPolicy;
  business_hours: BusinessHours;
  faq: Faq[];
  status: "active" | "inactive" | "suspended";
  created_at: string;
  updated_at: string;
}

/**
 * What a call's words are rendered from. Captured by reference when the call is stored, so a
 * later rename of the agent does not rewrite old transcripts, and 100k calls share a few objects.
 */
export interface CallContext { businessName: string; agentName: string; greeting: string; vertical: string; timezone: string }

/**
 * A stored call, kept compact (~100 bytes): summary and conversation are re-rendered from `seed`
 * on read, which keeps ~100k calls in one process cheap.
 */
export interface CallRecord {
  id: string;
  createdAt: number; // epoch ms
  duration: number; // seconds
  caller: string;
  type: TranscriptType;
  outcome: CallOutcome;
  rating: number;
  seed: number;
  ctx: CallContext;
}

export interface AgentRecord {
  config: AgentConfig;
  vertical: string;
  ctx: CallContext;
  /** Newest first: arrivals unshift, so `offset` pagination shifts exactly like the real API. */
  calls: CallRecord[];
  emailFunction: { enabled: boolean; permitted_recipients: string[] } | null;
}

export interface UserProfile {
  firstName: string;
  lastName: string;
  email: string;
  company: string;
  timezone: string;
  personalPhoneNumber: string;
  emailNotifications: boolean;
  callNotifications: boolean;
  weeklyReports: boolean;
}

export interface StoredFile { field: string; name: string; type: string; size: number }

export interface BundleRecord {
  sid: string;
  status: BundleStatus;
  isoCountry: string;
  name: string;
  complianceType: "business" | "individual";
  complianceData: Record<string, string>;
  files: StoredFile[];
  created_at: string;
}

export interface Account {
  key: string;
  plan: PlanName;
  createdAt: number;
  profile: UserProfile;
  agents: Map<string, AgentRecord>; // insertion order = creation order
  bundles: BundleRecord[];
  /** Per-account PRNG for everything generated after seeding (new agents, arriving calls). */
  rng: () => number;
  callSeq: number;
  /** API requests this key made that got past auth, by "METHOD /route/pattern" (control calls not counted). */
  requests: Record<string, number>;
}
