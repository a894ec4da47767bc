// Who the demo signs in as, and its client businesses (see seed.ts for why these keys).
export const DEMO_USER = { name: "Dana Demo", email: "demo@agency.test", password: "oncallclerk-demo", agencyName: "Northwind Digital" };

export const DEMO_CLIENTS = [
  { name: "Nguyen Plumbing & Heating", apiKey: "sim_starter_demo0001", plan: "starter" }, // plumbing, Austin
  { name: "Brooklyn Family Dental", apiKey: "sim_growth_demo0025", plan: "growth" }, // dental, Brooklyn
  { name: "Murphy & Partners LLP", apiKey: "sim_professional_demo0026", plan: "professional" }, // law firm, Charlotte
] as const;

/** The Professional client: the demo gives its account a second agent. */
export const DEMO_LAW_FIRM = DEMO_CLIENTS[2];
