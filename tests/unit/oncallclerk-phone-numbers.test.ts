import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOnCallClerkClient } from "@/lib/oncallclerk";
import { startCannedServer, type CannedServer, type RecordedRequest } from "../support/canned-server";

let server: CannedServer;
let client: ReturnType<typeof createOnCallClerkClient>;
beforeAll(async () => {
  server = await startCannedServer();
  client = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: server.url });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

// Parse the multipart body exactly as the server received it.
function receivedForm(req: RecordedRequest | undefined): Promise<FormData> {
  if (!req) throw new Error("no request recorded");
  return new Response(new Uint8Array(req.body), { headers: { "content-type": String(req.headers["content-type"]) } }).formData();
}

const number = {
  phoneNumber: "+14155551234",
  friendlyName: "(415) 555-1234",
  region: "CA",
  isoCountry: "US",
  type: "local",
  capabilities: { voice: true, SMS: true, MMS: true },
};

describe("phone numbers", () => {
  it("searches available numbers with every query parameter and returns the nested page", async () => {
    server.on("GET", "/phone-numbers/available", {
      json: { success: true, data: { numbers: [number], page: 2, pageSize: 20, country: "US" } },
    });
    const res = await client.phoneNumbers.searchAvailable({ country: "us", areaCode: "415", contains: "555", pageSize: 20, page: 2 });
    expect(res).toEqual({ numbers: [number], page: 2, pageSize: 20, country: "US" });
    const q = server.requests[0]?.query;
    expect(Object.fromEntries(q ?? [])).toEqual({ country: "US", areaCode: "415", contains: "555", pageSize: "20", page: "2" });
  });

  it("sends no query for an empty search and falls back to documented paging defaults", async () => {
    server.on("GET", "/phone-numbers/available", { json: { success: true, data: { numbers: [] } } });
    const res = await client.phoneNumbers.searchAvailable();
    expect(res).toEqual({ numbers: [], page: 0, pageSize: 10, country: "US" });
    expect(server.requests[0]?.url).toBe("/phone-numbers/available");
  });

  it("lists regulatory bundles by ISO country (data.bundles)", async () => {
    server.on("GET", "/phone-numbers/regulatory-bundles/GB", {
      json: { success: true, data: { bundles: [{ sid: "BU1", status: "twilio-approved", isoCountry: "GB", name: "Acme - GB" }] } },
    });
    const bundles = await client.phoneNumbers.listRegulatoryBundles("gb");
    expect(bundles).toEqual([{ sid: "BU1", status: "twilio-approved", isoCountry: "GB", name: "Acme - GB" }]);
  });

  it("creates a bundle as JSON when no files are given", async () => {
    server.on("POST", "/phone-numbers/regulatory-bundle", { status: 201, json: { success: true, bundleSid: "BU42" } });
    const input = { isoCountryCode: "GB", complianceType: "business" as const, complianceData: { businessName: "Acme Ltd" } };
    await expect(client.phoneNumbers.createRegulatoryBundle(input)).resolves.toEqual({ bundleSid: "BU42" });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(server.requests[0]?.json).toEqual(input);
  });

  it("creates a bundle as multipart/form-data when documents are given", async () => {
    server.on("POST", "/phone-numbers/regulatory-bundle", { json: { success: true, bundleSid: "BU43" } });
    const passport = new File([new Uint8Array([1, 2, 3])], "passport.pdf", { type: "application/pdf" });
    const bill = new Blob(["utility bill"], { type: "text/plain" });
    const complianceData = { firstName: "Jane", lastName: "Doe", birthDate: "1990-01-01" };
    const res = await client.phoneNumbers.createRegulatoryBundle(
      { isoCountryCode: "DE", complianceType: "individual", complianceData },
      { proofOfIdentity: passport, proofOfAddress: bill },
    );
    expect(res).toEqual({ bundleSid: "BU43" });

    const req = server.requests[0];
    expect(String(req?.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    const form = await receivedForm(req);
    expect(form.get("isoCountryCode")).toBe("DE");
    expect(form.get("complianceType")).toBe("individual");
    expect(JSON.parse(String(form.get("complianceData")))).toEqual(complianceData);
    const identity = form.get("proofOfIdentity") as File;
    expect(identity.name).toBe("passport.pdf");
    expect(new Uint8Array(await identity.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    const address = form.get("proofOfAddress") as File;
    expect(address.name).toBe("proofOfAddress"); // a bare Blob gets the field name as filename
    expect(await address.text()).toBe("utility bill");
  });

  it("omits absent optional fields from the multipart body", async () => {
    server.on("POST", "/phone-numbers/regulatory-bundle", { json: { success: true, bundleSid: "BU44" } });
    await client.phoneNumbers.createRegulatoryBundle({ isoCountryCode: "AU" }, { proofOfAddress: new Blob(["x"]) });
    const form = await receivedForm(server.requests[0]);
    expect([...form.keys()].sort()).toEqual(["isoCountryCode", "proofOfAddress"]);
  });
});
