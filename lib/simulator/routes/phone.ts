// Phone numbers: search the inventory, regulatory bundles (JSON or multipart), assign to an agent.
import { SimError, jsonObject, type Body } from "../http";
import { REGULATED_COUNTRIES, SUPPORTED_COUNTRIES, findPoolNumber, searchNumbers } from "../numbers";
import { randHex } from "../prng";
import type { Route } from "../router";
import { assignPhoneSchema, businessComplianceSchema, createBundleSchema, individualComplianceSchema } from "../schemas";
import type { Account, StoredFile } from "../types";
import { intParam, parseOr400, queryObject } from "../validation";

const FILE_FIELDS = ["proofOfIdentity", "proofOfAddress"] as const;
const FILE_TYPES = ["application/pdf", "image/png", "image/jpeg"];

/** Multipart: every field arrives as a string; complianceData is a JSON string, proofs are files. */
function readBundleForm(form: FormData): { fields: Record<string, unknown>; files: StoredFile[] } {
  const fields: Record<string, unknown> = {};
  const files: StoredFile[] = [];
  for (const [name, value] of form.entries()) {
    if (name in fields || files.some((f) => f.field === name)) throw new SimError(400, `Field "${name}" given more than once`);
    if ((FILE_FIELDS as readonly string[]).includes(name)) {
      if (typeof value === "string") throw new SimError(400, `"${name}" must be a file upload, not a text field`);
      if (value.size === 0) throw new SimError(400, `"${name}" is an empty file`);
      if (!FILE_TYPES.includes(value.type)) throw new SimError(400, `"${name}" must be a PDF, PNG or JPEG (got "${value.type || "unknown"}")`);
      files.push({ field: name, name: value.name, type: value.type, size: value.size });
    } else if (typeof value !== "string") {
      throw new SimError(400, `"${name}" must be a text field, not a file`);
    } else if (name === "complianceData") {
      try {
        fields[name] = JSON.parse(value) as unknown;
      } catch {
        throw new SimError(400, '"complianceData" must be a JSON object encoded as a string field');
      }
    } else fields[name] = value;
  }
  return { fields, files };
}

function bundleInput(body: Body) {
  let fields: Record<string, unknown>;
  let files: StoredFile[] = [];
  if (body.kind === "form") ({ fields, files } = readBundleForm(body.value));
  else {
    fields = jsonObject(body);
    const sent = FILE_FIELDS.filter((f) => f in fields);
    if (sent.length > 0) throw new SimError(400, `${sent.map((f) => `"${f}"`).join(", ")} must be uploaded as files with multipart/form-data`);
  }
  const input = parseOr400(createBundleSchema, fields);
  const type = input.complianceType ?? "business";
  const schema = type === "business" ? businessComplianceSchema : individualComplianceSchema;
  const data = parseOr400(schema, input.complianceData ?? {}) as Record<string, string>;
  return { iso: input.isoCountryCode, type, data, files };
}

function hasApprovedBundle(account: Account, country: string): boolean {
  return account.bundles.some((b) => b.isoCountry === country && (b.status === "twilio-approved" || b.status === "provisionally-approved"));
}

export const phoneRoutes: Route[] = [
  // GET /phone-numbers/available — page from 0, pageSize default 10 / max 50 (above 50 is a 400, not clamped)
  {
    method: "GET", path: "/phone-numbers/available",
    handler: ({ query, store }) => {
      const q = queryObject(query, ["country", "areaCode", "contains", "pageSize", "page"]);
      const country = q.country ?? "US";
      if (!SUPPORTED_COUNTRIES.includes(country)) throw new SimError(400, `Unsupported country "${country}" (supported: ${SUPPORTED_COUNTRIES.join(", ")})`);
      if (q.areaCode !== undefined && !/^\d{1,5}$/.test(q.areaCode)) throw new SimError(400, 'Query parameter "areaCode" must be digits');
      if (q.contains !== undefined && !/^\d{1,15}$/.test(q.contains)) throw new SimError(400, 'Query parameter "contains" must be digits');
      const page = intParam("page", q.page, 0, 0, 100_000);
      const pageSize = intParam("pageSize", q.pageSize, 10, 1, 50);
      const numbers = searchNumbers({ country, areaCode: q.areaCode, contains: q.contains, page, pageSize }, (n) => store.numberOwners.has(n));
      return { body: { success: true, data: { numbers, page, pageSize, country } } };
    },
  },

  // GET /phone-numbers/regulatory-bundles/:isoCountry — this account's bundles for a country
  {
    method: "GET", path: "/phone-numbers/regulatory-bundles/:isoCountry",
    handler: ({ account, params }) => {
      const iso = params.isoCountry ?? "";
      if (!/^[A-Z]{2}$/.test(iso)) throw new SimError(400, 'isoCountry must be a two-letter upper-case ISO code such as "GB"');
      const bundles = account.bundles.filter((b) => b.isoCountry === iso).map(({ sid, status, isoCountry, name }) => ({ sid, status, isoCountry, name }));
      return { body: { success: true, data: { bundles } } };
    },
  },

  // POST /phone-numbers/regulatory-bundle — JSON or multipart/form-data; answers {success, bundleSid}
  {
    method: "POST", path: "/phone-numbers/regulatory-bundle",
    handler: ({ account, body, config, store }) => {
      const { iso, type, data, files } = bundleInput(body);
      const who = type === "business"
        ? data.businessName ?? account.profile.company
        : [data.firstName, data.lastName].filter(Boolean).join(" ") || `${account.profile.firstName} ${account.profile.lastName}`;
      const sid = `BU${randHex(account.rng, 32)}`;
      account.bundles.push({
        sid, status: config.bundleInitialStatus, isoCountry: iso, name: `${who} - ${iso} Bundle`,
        complianceType: type, complianceData: data, files, created_at: new Date(store.now()).toISOString(),
      });
      return { status: 201, body: { success: true, bundleSid: sid } };
    },
  },

  // POST /agents/:agentId/phone — assignment is acquisition; GB/DE/AU need an approved bundle first
  {
    method: "POST", path: "/agents/:agentId/phone",
    handler: ({ account, store, params, body }) => {
      const agent = store.agent(account, params.agentId ?? "");
      const { requestedNumber } = parseOr400(assignPhoneSchema, jsonObject(body));
      const offered = findPoolNumber(requestedNumber);
      if (!offered) throw new SimError(400, `Number ${requestedNumber} is not available; pick one from GET /phone-numbers/available`);
      const owner = store.numberOwners.get(requestedNumber);
      if (owner && !(owner.key === account.key && owner.agentId === agent.config.id)) {
        throw new SimError(409, `Number ${requestedNumber} is already assigned`);
      }
      const country = offered.isoCountry;
      if (REGULATED_COUNTRIES.has(country) && !hasApprovedBundle(account, country)) {
        throw new SimError(403, `A ${country} number requires an approved regulatory bundle for ${country}; create one with POST /phone-numbers/regulatory-bundle`);
      }
      if (!owner) {
        store.setNumber(account, agent, requestedNumber, `PN${randHex(account.rng, 32)}`);
        agent.config.updated_at = new Date(Math.max(store.now(), Date.parse(agent.config.updated_at) + 1)).toISOString();
      }
      const { id, phone_number, phone_number_sid, updated_at } = agent.config;
      return { body: { success: true, data: { id, phone_number, phone_number_sid, updated_at } } };
    },
  },
];
