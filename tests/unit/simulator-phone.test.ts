// Phone numbers: search, assignment as acquisition, regulatory bundles gating GB/DE/AU, release on delete.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { simClient } from "../support/sim-client";

let sim: RunningSimulator;
let c: ReturnType<typeof simClient>;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: false });
  c = simClient(sim.url);
});
afterAll(() => sim.close());

type Num = { phoneNumber: string; friendlyName: string; region: string; isoCountry: string; type: string; capabilities: Record<string, boolean> };

async function search(key: string, qs: string): Promise<{ numbers: Num[]; page: number; pageSize: number; country: string }> {
  const res = await c.api(key, "GET", `/phone-numbers/available?${qs}`);
  expect(res.status).toBe(200);
  return res.body.data;
}
async function firstAgent(key: string): Promise<string> {
  return (await c.api(key, "GET", "/agents")).body.data[0].id;
}

describe("available numbers", () => {
  it("defaults to US, 10 per page, pages from 0 without overlap", async () => {
    const key = "sim_growth_numbers01";
    const p0 = await search(key, "");
    expect(p0).toMatchObject({ page: 0, pageSize: 10, country: "US" });
    expect(p0.numbers).toHaveLength(10);
    expect(p0.numbers[0]).toMatchObject({ isoCountry: "US", type: "local", capabilities: { voice: true, SMS: true, MMS: true } });
    expect(p0.numbers[0]!.friendlyName).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
    const p1 = await search(key, "page=1");
    expect(p1.numbers.some((n) => p0.numbers.some((m) => m.phoneNumber === n.phoneNumber))).toBe(false);
    expect((await search(key, "pageSize=50")).numbers).toHaveLength(50);
  });

  it("filters by country, areaCode and contains", async () => {
    const key = "sim_growth_numbers01";
    const gb = await search(key, "country=GB&pageSize=50");
    expect(gb.numbers.length).toBeGreaterThan(0);
    expect(gb.numbers.every((n) => n.isoCountry === "GB" && n.phoneNumber.startsWith("+44"))).toBe(true);
    const sf = await search(key, "areaCode=415&pageSize=50");
    expect(sf.numbers.length).toBeGreaterThan(0);
    expect(sf.numbers.every((n) => n.phoneNumber.startsWith("+1415"))).toBe(true);
    const digits = sf.numbers[0]!.phoneNumber.slice(-4);
    const hit = await search(key, `areaCode=415&contains=${digits}`);
    expect(hit.numbers.map((n) => n.phoneNumber)).toContain(sf.numbers[0]!.phoneNumber);
    expect(hit.numbers.every((n) => n.phoneNumber.includes(digits))).toBe(true);
  });
});

describe("assigning numbers", () => {
  it("assigns a US number, removes it from search, 409s for another account, releases it on agent delete", async () => {
    const key = "sim_professional_assign1";
    const agentId = await firstAgent(key);
    const number = (await search(key, "areaCode=212")).numbers[0]!.phoneNumber;
    const res = await c.api(key, "POST", `/agents/${agentId}/phone`, { requestedNumber: number });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: agentId, phone_number: number });
    expect(res.body.data.phone_number_sid).toMatch(/^PN/);
    expect((await c.api(key, "GET", `/agents/${agentId}`)).body.data.phone_number).toBe(number);
    expect((await search(key, "areaCode=212&pageSize=50")).numbers.map((n) => n.phoneNumber)).not.toContain(number);

    const rival = "sim_professional_assign2";
    const taken = await c.api(rival, "POST", `/agents/${await firstAgent(rival)}/phone`, { requestedNumber: number });
    expect(taken.status).toBe(409);

    await c.api(key, "DELETE", `/agents/${agentId}`);
    expect((await search(key, "areaCode=212&pageSize=50")).numbers.map((n) => n.phoneNumber)).toContain(number);
    expect((await c.api(rival, "POST", `/agents/${await firstAgent(rival)}/phone`, { requestedNumber: number })).status).toBe(200);
  });

  it("rejects numbers never offered and malformed numbers", async () => {
    const key = "sim_professional_assign3";
    const agentId = await firstAgent(key);
    expect((await c.api(key, "POST", `/agents/${agentId}/phone`, { requestedNumber: "+19999999999" })).status).toBe(400);
    const bad = await c.api(key, "POST", `/agents/${agentId}/phone`, { requestedNumber: "(415) 555-1234" });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('"requestedNumber"');
    expect((await c.api(key, "POST", `/agents/${agentId}/phone`, { phoneNumber: "+14155551234" })).status).toBe(400);
  });
});

describe("regulatory bundles gate GB numbers", () => {
  it("403 without a bundle, 403 with a rejected one, 200 once an approved GB bundle exists", async () => {
    const key = "sim_growth_bundles01";
    const agentId = await firstAgent(key);
    const gbNumber = (await search(key, "country=GB")).numbers[0]!.phoneNumber;

    const denied = await c.api(key, "POST", `/agents/${agentId}/phone`, { requestedNumber: gbNumber });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatch(/regulatory bundle.*GB/);
    expect((await c.api(key, "GET", "/phone-numbers/regulatory-bundles/GB")).body).toEqual({ success: true, data: { bundles: [] } });

    // A DE bundle does not unlock GB.
    const de = await c.api(key, "POST", "/phone-numbers/regulatory-bundle", { isoCountryCode: "DE" });
    expect(de.status).toBe(201);
    expect((await c.api(key, "POST", `/agents/${agentId}/phone`, { requestedNumber: gbNumber })).status).toBe(403);

    const created = await c.api(key, "POST", "/phone-numbers/regulatory-bundle", {
      isoCountryCode: "GB", complianceType: "business",
      complianceData: { businessName: "Houses4Cash Ltd", registrationNumber: "12345678", repEmail: "james@houses4cash.co.uk" },
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(["bundleSid", "success"]);
    const sid = created.body.bundleSid as string;
    expect(sid).toMatch(/^BU/);

    await c.control("PUT", `/accounts/${key}/bundles/${sid}`, { status: "rejected" });
    expect((await c.api(key, "POST", `/agents/${agentId}/phone`, { requestedNumber: gbNumber })).status).toBe(403);
    await c.control("PUT", `/accounts/${key}/bundles/${sid}`, { status: "twilio-approved" });

    const listed = await c.api(key, "GET", "/phone-numbers/regulatory-bundles/GB");
    expect(listed.body.data.bundles).toEqual([{ sid, status: "twilio-approved", isoCountry: "GB", name: "Houses4Cash Ltd - GB Bundle" }]);
    const ok = await c.api(key, "POST", `/agents/${agentId}/phone`, { requestedNumber: gbNumber });
    expect(ok.status).toBe(200);
    expect(ok.body.data.phone_number).toBe(gbNumber);
  });

  it("accepts multipart/form-data with complianceData as a JSON string and proof files", async () => {
    const key = "sim_growth_bundles02";
    const form = new FormData();
    form.set("isoCountryCode", "AU");
    form.set("complianceType", "individual");
    form.set("complianceData", JSON.stringify({ firstName: "Jake", lastName: "Nguyen", birthDate: "1990-04-01" }));
    form.set("proofOfIdentity", new Blob(["%PDF-1.4 passport"], { type: "application/pdf" }), "passport.pdf");
    form.set("proofOfAddress", new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" }), "bill.jpg");
    const res = await c.api(key, "POST", "/phone-numbers/regulatory-bundle", form);
    expect(res.status).toBe(201);
    const dump = (await c.control("GET", `/accounts/${key}`)).body.data;
    expect(dump.bundles[0]).toMatchObject({
      sid: res.body.bundleSid, isoCountry: "AU", complianceType: "individual", name: "Jake Nguyen - AU Bundle",
      complianceData: { firstName: "Jake", lastName: "Nguyen", birthDate: "1990-04-01" },
      files: [{ field: "proofOfIdentity", name: "passport.pdf", type: "application/pdf", size: 17 }, { field: "proofOfAddress", name: "bill.jpg", type: "image/jpeg", size: 3 }],
    });
  });

  it("is strict about bundle bodies", async () => {
    const key = "sim_growth_bundles03";
    const post = (body: unknown) => c.api(key, "POST", "/phone-numbers/regulatory-bundle", body);
    expect((await post({ complianceType: "business" })).body.error).toContain('"isoCountryCode" is required');
    expect((await post({ isoCountryCode: "gb" })).status).toBe(400);
    expect((await post({ isoCountryCode: "GB", complianceType: "company" })).body.error).toContain('"complianceType"');
    // individual fields under a business bundle are unknown fields
    expect((await post({ isoCountryCode: "GB", complianceData: { firstName: "A" } })).body.error).toContain('"firstName"');
    expect((await post({ isoCountryCode: "GB", proofOfIdentity: "base64..." })).body.error).toContain("multipart/form-data");

    const asText = new FormData();
    asText.set("isoCountryCode", "GB");
    asText.set("proofOfIdentity", "not a file");
    expect((await post(asText)).body.error).toContain("file upload");
    const badJson = new FormData();
    badJson.set("isoCountryCode", "GB");
    badJson.set("complianceData", "{oops");
    expect((await post(badJson)).body.error).toContain("complianceData");
    const extra = new FormData();
    extra.set("isoCountryCode", "GB");
    extra.set("notes", "hi");
    expect((await post(extra)).body.error).toContain('"notes"');
    expect((await c.api(key, "GET", "/phone-numbers/regulatory-bundles/gb")).status).toBe(400);
    expect((await c.api(key, "GET", "/phone-numbers/regulatory-bundles/GB")).body.data.bundles).toEqual([]);
  });
});
