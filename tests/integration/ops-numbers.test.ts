// Phone numbers through the portal against the simulator over HTTP: search (local area codes,
// national format, limits), assignment (taken numbers, bundles required before the call, numbers
// not allowed), regulatory bundles as JSON and as multipart with documents (types and sizes).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCannedUpstream, type CannedUpstream } from "./support/canned-upstream";
import { expectError, expectOk } from "./support/expect";
import { useHarness, withEnv } from "./support/harness";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

interface SimState {
  agents: { config: { id: string; phone_number: string | null } }[];
  bundles: { sid: string; status: string; isoCountry: string; complianceType: string; complianceData: Record<string, string>; files: { field: string; type: string; size: number }[] }[];
}
async function simState(key: string): Promise<SimState> {
  const response = await fetch(`${harness.sim.url}/__sim/accounts/${encodeURIComponent(key)}`);
  return ((await response.json()) as { data: SimState }).data;
}
async function control(method: string, path: string, json: unknown): Promise<void> {
  const response = await fetch(`${harness.sim.url}${path}`, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(json) });
  expect(response.status).toBe(200);
}

const PDF = new TextEncoder().encode("%PDF-1.4\n% a tiny scan\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const pdfFile = (name = "passport.pdf") => new File([PDF], name, { type: "application/pdf" });

const US_KEY = freshKey("professional", "numus");
const GB_KEY = freshKey("professional", "numgb");
const OTHER_KEY = freshKey("professional", "numother");

let owner: TestUser;
let member: TestUser;
let viewer: TestUser;
let usClient: string;
let gbClient: string;
let otherClient: string;
let usAgent: string;
let gbAgent: string;
let otherAgent: string;

beforeAll(async () => {
  owner = await createOwner("ops-numbers");
  member = await createMember(owner.agency, "member");
  viewer = await createMember(owner.agency, "viewer");
  const make = async (name: string, apiKey: string, country: string) => {
    const created = await api.createClient(owner.cookie, { name, apiKey, country });
    expectOk(created, 201);
    return created.body.data.id as string;
  };
  usClient = await make("Bay Plumbing", US_KEY, "US");
  gbClient = await make("London Lettings", GB_KEY, "GB");
  otherClient = await make("Other Co", OTHER_KEY, "US");
  usAgent = (await simState(US_KEY)).agents[0]!.config.id;
  gbAgent = (await simState(GB_KEY)).agents[0]!.config.id;
  otherAgent = (await simState(OTHER_KEY)).agents[0]!.config.id;
});

describe("GET /api/clients/:c/phone-numbers/available", () => {
  it("searches the client's own country by default and shows each number in national form too", async () => {
    const result = await api.searchNumbers(viewer.cookie, usClient, "?areaCode=415&pageSize=3");
    expectOk(result);
    expect(result.body.data).toMatchObject({ country: "US", page: 0, pageSize: 3, bundleRequired: false });
    expect(result.body.data.numbers).toHaveLength(3);
    for (const number of result.body.data.numbers) {
      expect(number.phoneNumber).toMatch(/^\+1415\d{7}$/);
      expect(number.nationalFormat).toMatch(/^\(415\) \d{3}-\d{4}$/);
      expect(number).toMatchObject({ isoCountry: "US", type: expect.any(String), capabilities: { voice: true } });
    }
  });

  it("finds London numbers for the area code typed the local way (020 → 20)", async () => {
    for (const areaCode of ["020", "(020)", "20", "%2B44%2020"]) {
      const result = await api.searchNumbers(owner.cookie, gbClient, `?areaCode=${areaCode}&pageSize=5`);
      expectOk(result);
      expect(result.body.data.country).toBe("GB");
      expect(result.body.data.bundleRequired).toBe(true);
      expect(result.body.data.numbers.length, areaCode).toBe(5);
      expect(result.body.data.numbers.every((n: { phoneNumber: string }) => n.phoneNumber.startsWith("+4420"))).toBe(true);
    }
    const paged = await api.searchNumbers(owner.cookie, gbClient, "?areaCode=020&pageSize=5&page=1");
    expectOk(paged);
    expect(paged.body.data.page).toBe(1);
  });

  it("searches another country and 'contains' digits typed with spaces", async () => {
    const result = await api.searchNumbers(owner.cookie, usClient, "?country=de&contains=30%202&pageSize=2");
    expectOk(result);
    expect(result.body.data.country).toBe("DE");
    for (const n of result.body.data.numbers) expect(n.phoneNumber.slice(1)).toContain("302");
  });

  it.each([
    ["?pageSize=51", "pageSize"],
    ["?pageSize=0", "pageSize"],
    ["?page=-1", "page"],
    ["?page=1.5", "page"],
    ["?country=XX", "country"],
    ["?areaCode=abc", "areaCode"],
    ["?contains=flowers", "contains"],
    ["?pagesize=10", "pagesize"],
    ["?page=1&page=2", "page"],
  ])("answers 400 for %s", async (query, field) => {
    const result = await api.searchNumbers(owner.cookie, usClient, query);
    expectError(result, 400, "validation_failed");
    expect(result.body.error.fieldErrors).toHaveProperty(field);
  });
});

describe("POST /api/clients/:c/agents/:a/phone", () => {
  let usNumber: string;

  it("assigns a number (any format) and answers the full agent", async () => {
    const found = await api.searchNumbers(owner.cookie, usClient, "?areaCode=512&pageSize=2");
    usNumber = found.body.data.numbers[0].phoneNumber;
    const national = found.body.data.numbers[0].nationalFormat as string;
    const result = await api.assignNumber(member.cookie, usClient, usAgent, { requestedNumber: national });
    expectOk(result);
    expect(result.body.data).toMatchObject({ id: usAgent, phone_number: usNumber, phone_number_sid: expect.any(String), greeting: expect.any(String) });
  });

  it("answers 409 when another account's agent holds the number", async () => {
    const before = (await simState(OTHER_KEY)).agents[0]!.config.phone_number; // seeded accounts may already have one
    const result = await api.assignNumber(owner.cookie, otherClient, otherAgent, { requestedNumber: usNumber });
    expectError(result, 409, "upstream_conflict");
    expect(result.body.error.message).toMatch(/already assigned/);
    expect((await simState(OTHER_KEY)).agents[0]!.config.phone_number).toBe(before);
    expect(before).not.toBe(usNumber);
  });

  it("answers 400 for a number that is not one, and 404 for an unknown agent", async () => {
    const bad = await api.assignNumber(owner.cookie, usClient, usAgent, { requestedNumber: "555" });
    expectError(bad, 400, "validation_failed");
    expect(bad.body.error.fieldErrors).toHaveProperty("requestedNumber");
    expectError(await api.assignNumber(owner.cookie, usClient, "agt_nope", { requestedNumber: "+14155550100" }), 404, "upstream_not_found");
  });

  it("is refused to viewers", async () => {
    expectError(await api.assignNumber(viewer.cookie, usClient, usAgent, { requestedNumber: usNumber }), 403, "forbidden");
  });

  it("blocks a GB number before the call while the client has no approved GB bundle, then assigns once one is approved", async () => {
    const found = await api.searchNumbers(owner.cookie, gbClient, "?areaCode=020&pageSize=1");
    const gbNumber = found.body.data.numbers[0].phoneNumber as string;

    const before = (await simState(GB_KEY)).agents[0]!.config.phone_number;
    const blocked = await api.assignNumber(owner.cookie, gbClient, gbAgent, { requestedNumber: gbNumber });
    expectError(blocked, 409, "bundle_required");
    expect(blocked.body.error.message).toMatch(/United Kingdom \(GB\)/);
    expect(blocked.body.error.message).toMatch(/has none yet/);
    expect((await simState(GB_KEY)).agents[0]!.config.phone_number).toBe(before);
    expect(before).not.toBe(gbNumber);

    // A bundle still in review does not count either.
    await harness.sim.setConfig({ bundleInitialStatus: "pending-review" });
    const bundle = await api.createBundle(owner.cookie, gbClient, { isoCountryCode: "GB", complianceData: { businessName: "London Lettings Ltd" } });
    expectOk(bundle, 201);
    await harness.sim.setConfig({ bundleInitialStatus: "twilio-approved" });
    const pending = await api.assignNumber(owner.cookie, gbClient, gbAgent, { requestedNumber: gbNumber });
    expectError(pending, 409, "bundle_required");
    expect(pending.body.error.message).toMatch(/pending-review/);

    await control("PUT", `/__sim/accounts/${GB_KEY}/bundles/${bundle.body.data.bundleSid}`, { status: "provisionally-approved" });
    const assigned = await api.assignNumber(owner.cookie, gbClient, gbAgent, { requestedNumber: gbNumber });
    expectOk(assigned);
    expect(assigned.body.data.phone_number).toBe(gbNumber);
  });
});

describe("assignment refused by the account's state (canned upstream: the simulator always allows numbers)", () => {
  let canned: CannedUpstream;
  let cannedClient: string;
  const usage = (allowed: boolean) => ({ status: 200, json: { success: true, data: { plan: "growth", phone_numbers: { allowed } } } });
  const call = (requestedNumber: string) => withEnv({ ONCALLCLERK_BASE_URL: canned.url }, () => api.assignNumber(owner.cookie, cannedClient, "agt_1", { requestedNumber }));

  beforeAll(async () => {
    canned = await startCannedUpstream();
    canned.on("GET", "/usage", usage(true));
    const created = await withEnv({ ONCALLCLERK_BASE_URL: canned.url }, () => api.createClient(owner.cookie, { name: "Lapsed Co", apiKey: "sim_growth_cannednum1", country: "FR" }));
    expectOk(created, 201);
    cannedClient = created.body.data.id;
  });
  afterAll(() => canned.close());

  it("answers 409 phone_numbers_not_allowed when /usage says numbers are not allowed, before any assignment", async () => {
    canned.on("GET", "/usage", usage(false));
    canned.requests.length = 0;
    expectError(await call("01 23 45 67 89"), 409, "phone_numbers_not_allowed");
    expect(canned.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /usage"]);
  });

  it("turns the upstream's own 'needs a bundle' refusal into 409 bundle_required for that country", async () => {
    canned.on("GET", "/usage", usage(true));
    canned.on("POST", "/agents/agt_1/phone", { status: 403, json: { success: false, error: "A FR number requires an approved regulatory bundle", status: 403 } });
    const result = await call("01 23 45 67 89");
    expectError(result, 409, "bundle_required");
    expect(result.body.error.message).toMatch(/France \(FR\)/);
  });
});

describe("regulatory bundles", () => {
  it("lists a country's bundles as an array, and 400s a bad country", async () => {
    const result = await api.listBundles(viewer.cookie, gbClient, "gb");
    expectOk(result);
    expect(Array.isArray(result.body.data)).toBe(true);
    expect(result.body.data[0]).toMatchObject({ sid: expect.any(String), isoCountry: "GB", status: "provisionally-approved" });
    expectOk(await api.listBundles(owner.cookie, usClient, "DE"));
    expectError(await api.listBundles(owner.cookie, usClient, "GBR"), 400, "validation_failed");
  });

  it("creates an individual bundle from JSON with the phone normalized and the type's fields checked", async () => {
    const result = await api.createBundle(member.cookie, gbClient, {
      isoCountryCode: "GB",
      complianceType: "individual",
      complianceData: { firstName: "Ada", lastName: "Lovelace", email: "ADA@example.com", phoneNumber: "020 7946 0000", birthDate: "1990-12-10" },
    });
    expectOk(result, 201);
    expect(result.body.data).toMatchObject({ bundleSid: expect.any(String), isoCountry: "GB", complianceType: "individual", documents: [] });
    const stored = (await simState(GB_KEY)).bundles.find((b) => b.sid === result.body.data.bundleSid)!;
    expect(stored.complianceData).toMatchObject({ phoneNumber: "+442079460000", email: "ada@example.com" });
  });

  it("answers 400 per field for the wrong type's fields, bad emails, dates and numbers — nothing upstream", async () => {
    const before = (await simState(GB_KEY)).bundles.length;
    const result = await api.createBundle(owner.cookie, gbClient, {
      isoCountryCode: "GB",
      complianceType: "individual",
      complianceData: { businessName: "Wrong type", email: "nope", birthDate: "2999-01-01", phoneNumber: "12" },
    });
    expectError(result, 400, "validation_failed");
    expect(Object.keys(result.body.error.fieldErrors).sort()).toEqual([
      "complianceData.birthDate",
      "complianceData.businessName",
      "complianceData.email",
      "complianceData.phoneNumber",
    ]);
    const business = await api.createBundle(owner.cookie, gbClient, { isoCountryCode: "GB", complianceData: { repEmail: "x", website: "not a site" } });
    expectError(business, 400, "validation_failed");
    expect(Object.keys(business.body.error.fieldErrors).sort()).toEqual(["complianceData.repEmail", "complianceData.website"]);
    expectError(await api.createBundle(owner.cookie, gbClient, { isoCountryCode: "GB", complianceType: "company" }), 400, "validation_failed");
    expect((await simState(GB_KEY)).bundles).toHaveLength(before);
  });

  it("creates a business bundle from multipart with both documents (recognised by content)", async () => {
    const form = new FormData();
    form.set("isoCountryCode", "DE");
    form.set("complianceType", "business");
    form.set("businessName", "Berliner Zahnarzt GmbH");
    form.set("repPhoneNumber", "+49 30 12345678");
    form.set("website", "");
    form.set("proofOfIdentity", pdfFile("../../etc/passwd.pdf"));
    form.set("proofOfAddress", new File([PNG], "utility-bill.png", { type: "application/octet-stream" }));
    const result = await api.createBundleWithBody(member.cookie, gbClient, form);
    expectOk(result, 201);
    expect(result.body.data).toMatchObject({ isoCountry: "DE", complianceType: "business", documents: ["proofOfIdentity", "proofOfAddress"] });
    const stored = (await simState(GB_KEY)).bundles.find((b) => b.sid === result.body.data.bundleSid)!;
    expect(stored.complianceData).toEqual({ businessName: "Berliner Zahnarzt GmbH", repPhoneNumber: "+493012345678" });
    expect(stored.files.map((f) => [f.field, f.type, f.size])).toEqual([
      ["proofOfIdentity", "application/pdf", PDF.byteLength],
      ["proofOfAddress", "image/png", PNG.byteLength],
    ]);
  });

  it("accepts complianceData as one JSON field in multipart (the upstream's convention)", async () => {
    const form = new FormData();
    form.set("isoCountryCode", "AU");
    form.set("complianceData", JSON.stringify({ businessName: "Bondi Surf Co" }));
    form.set("proofOfAddress", pdfFile());
    expectOk(await api.createBundleWithBody(owner.cookie, gbClient, form), 201);
  });

  it("refuses documents that are not PDF, PNG or JPEG, whatever their name and declared type", async () => {
    const before = (await simState(GB_KEY)).bundles.length;
    const form = new FormData();
    form.set("isoCountryCode", "GB");
    form.set("proofOfIdentity", new File(["<html><script>alert(1)</script>"], "id.pdf", { type: "application/pdf" }));
    form.set("proofOfAddress", new File([], "empty.pdf", { type: "application/pdf" }));
    const result = await api.createBundleWithBody(owner.cookie, gbClient, form);
    expectError(result, 400, "validation_failed");
    expect(result.body.error.fieldErrors.proofOfIdentity[0]).toMatch(/PDF, PNG or JPEG/);
    expect(result.body.error.fieldErrors.proofOfAddress[0]).toMatch(/empty/);
    expect((await simState(GB_KEY)).bundles).toHaveLength(before);
  });

  it("refuses a document over 4 MB with a field error", async () => {
    const big = new Uint8Array(4 * 1024 * 1024 + 1);
    big.set(PDF);
    const form = new FormData();
    form.set("isoCountryCode", "GB");
    form.set("proofOfIdentity", new File([big], "scan.pdf", { type: "application/pdf" }));
    const result = await api.createBundleWithBody(owner.cookie, gbClient, form);
    expectError(result, 400, "validation_failed");
    expect(result.body.error.fieldErrors.proofOfIdentity[0]).toMatch(/larger than 4 MB/);
  });

  it("stops reading a request over 9 MB with 413, even when it declares no length", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 20) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const result = await api.createBundleWithBody(owner.cookie, gbClient, stream, { "content-type": "multipart/form-data; boundary=xyz" });
    expectError(result, 413, "payload_too_large");
    expect(sent).toBeLessThan(20); // the rest was never read
    const declared = await api.createBundleWithBody(owner.cookie, gbClient, new Uint8Array(16), {
      "content-type": "multipart/form-data; boundary=xyz",
      "content-length": String(10 * 1024 * 1024),
    });
    expectError(declared, 413, "payload_too_large");
  });

  it("answers 415 for other media types and refuses viewers", async () => {
    expectError(await api.createBundle(owner.cookie, gbClient, undefined, { body: "isoCountryCode=GB", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415, "unsupported_media_type");
    expectError(await api.createBundle(viewer.cookie, gbClient, { isoCountryCode: "GB" }), 403, "forbidden");
  });
});
