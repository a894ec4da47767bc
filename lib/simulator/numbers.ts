// A fixed, deterministic inventory of "available" numbers per country. Assigning a number takes it
// out of the inventory (the API has no purchase endpoint: assignment is acquisition).
import { createRng, hashString, randInt } from "./prng";

export interface AvailableNumber {
  phoneNumber: string;
  friendlyName: string;
  region: string;
  isoCountry: string;
  type: string;
  capabilities: { voice: boolean; SMS: boolean; MMS: boolean };
}

/** Countries that need an approved regulatory bundle before a number can be assigned. */
export const REGULATED_COUNTRIES = new Set(["GB", "DE", "AU"]);

// [prefix after the country code, region]
const GROUPS: Record<string, { cc: string; groups: [string, string][] }> = {
  US: {
    cc: "1",
    groups: [["415", "CA"], ["510", "CA"], ["213", "CA"], ["512", "TX"], ["737", "TX"], ["303", "CO"], ["720", "CO"], ["503", "OR"],
      ["971", "OR"], ["212", "NY"], ["718", "NY"], ["347", "NY"], ["704", "NC"], ["980", "NC"], ["602", "AZ"], ["312", "IL"]],
  },
  CA: { cc: "1", groups: [["416", "ON"], ["647", "ON"], ["604", "BC"], ["514", "QC"]] },
  GB: { cc: "44", groups: [["20", "London"], ["161", "Manchester"], ["121", "Birmingham"], ["131", "Edinburgh"]] },
  DE: { cc: "49", groups: [["30", "Berlin"], ["89", "Munich"], ["40", "Hamburg"]] },
  AU: { cc: "61", groups: [["2", "NSW"], ["3", "VIC"], ["7", "QLD"]] },
};
export const SUPPORTED_COUNTRIES = Object.keys(GROUPS);

const PER_GROUP = 60;
const pools = new Map<string, AvailableNumber[]>();
const byNumber = new Map<string, AvailableNumber>();

function buildPool(country: string): AvailableNumber[] {
  const def = GROUPS[country];
  if (!def) return [];
  const out: AvailableNumber[] = [];
  for (const [prefix, region] of def.groups) {
    const rng = createRng(hashString(`${country}:${prefix}`));
    const localDigits = country === "US" || country === "CA" ? 7 : 10 - prefix.length;
    for (let i = 0; i < PER_GROUP; i++) {
      // Distinct leading block per i keeps numbers unique without a retry loop.
      const lead = String(200 + ((i * 37) % 700));
      let rest = "";
      for (let d = lead.length; d < localDigits; d++) rest += String(randInt(rng, 0, 9));
      const local = lead + rest;
      const phoneNumber = `+${def.cc}${prefix}${local}`;
      const friendlyName = def.cc === "1" ? `(${prefix}) ${local.slice(0, 3)}-${local.slice(3)}` : `+${def.cc} ${prefix} ${local}`;
      const n: AvailableNumber = {
        phoneNumber, friendlyName, region, isoCountry: country, type: "local",
        capabilities: { voice: true, SMS: country !== "DE", MMS: def.cc === "1" },
      };
      out.push(n);
      byNumber.set(phoneNumber, n);
    }
  }
  return out;
}

export function poolOf(country: string): AvailableNumber[] {
  let pool = pools.get(country);
  if (!pool) {
    pool = buildPool(country);
    pools.set(country, pool);
  }
  return pool;
}

/** The inventory entry for a number, or undefined when the simulator never offered it. */
export function findPoolNumber(phoneNumber: string): AvailableNumber | undefined {
  if (byNumber.size === 0) for (const c of SUPPORTED_COUNTRIES) poolOf(c);
  return byNumber.get(phoneNumber);
}

export interface NumberSearch { country: string; areaCode?: string; contains?: string; page: number; pageSize: number }

export function searchNumbers(q: NumberSearch, taken: (n: string) => boolean): AvailableNumber[] {
  const cc = GROUPS[q.country]?.cc ?? "";
  const matches = poolOf(q.country).filter((n) =>
    !taken(n.phoneNumber) &&
    (q.areaCode === undefined || n.phoneNumber.startsWith(`+${cc}${q.areaCode}`)) &&
    (q.contains === undefined || n.phoneNumber.slice(1).includes(q.contains)));
  return matches.slice(q.page * q.pageSize, (q.page + 1) * q.pageSize);
}
