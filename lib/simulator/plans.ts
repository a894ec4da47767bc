// Plans and key format. The plan is encoded in the key so a test picks a plan by picking a key.
export const PLAN_NAMES = ["starter", "growth", "professional", "enterprise"] as const;
export type PlanName = (typeof PLAN_NAMES)[number];

export interface Plan { agents: number; minutes: number; requestsPerMinute: number }

// Growth is not in the vendor's rate-limit table; the notes say to assume 60/min.
export const PLANS: Record<PlanName, Plan> = {
  starter: { agents: 1, minutes: 100, requestsPerMinute: 60 },
  growth: { agents: 3, minutes: 600, requestsPerMinute: 60 },
  professional: { agents: 10, minutes: 2000, requestsPerMinute: 300 },
  enterprise: { agents: 50, minutes: 10000, requestsPerMinute: 1000 },
};

const KEY_PATTERN = /^sim_(starter|growth|professional|enterprise)_[A-Za-z0-9]{4,64}$/;

/** Returns the plan a key belongs to, or null when the key is not a simulator key at all. */
export function planOfKey(key: string): PlanName | null {
  const m = KEY_PATTERN.exec(key);
  return m ? (m[1] as PlanName) : null;
}

export const EXAMPLE_KEYS: Record<PlanName, string> = {
  starter: "sim_starter_demo1234",
  growth: "sim_growth_demo1234",
  professional: "sim_professional_demo1234",
  enterprise: "sim_enterprise_demo1234",
};
