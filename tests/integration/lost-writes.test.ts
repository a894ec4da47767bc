// Writes whose answer is lost: the simulator carries the write out, then a proxy in front of it
// answers an HTML 502 (tests/integration/support/lossy-upstream.ts). The portal must never repeat
// the write, must read back and report what happened, and must say plainly when it cannot know.
import { beforeAll, describe, expect, it } from "vitest";
import { expectError, expectOk, storedClient } from "./support/expect";
import { useHarness, withEnv } from "./support/harness";
import { startLossyProxy, startLossyUpstream, type LossyProxy } from "./support/lossy-upstream";
import type { RouteResult } from "./support/http";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createOwner, type TestUser } from "./support/users";

const harness = useHarness();

let owner: TestUser;

beforeAll(async () => {
  owner = await createOwner("lost-writes");
});

/** A client of its own (a fresh simulator account) and the id of its default agent. */
async function newClient(label: string): Promise<{ clientId: string; agentId: string; key: string }> {
  const key = freshKey("professional", label);
  const created = await api.createClient(owner.cookie, { name: `Lost ${label}`, apiKey: key });
  expectOk(created, 201);
  const agents = await harness.sim.upstream<{ data: { id: string }[] }>(key, "/agents");
  return { clientId: created.body.data.id, agentId: agents.body.data[0]!.id, key };
}

/** Runs `call` with OnCallClerk behind a proxy that loses the answers `lose` picks. */
async function throughProxy(lose: (method: string, path: string) => boolean, call: () => Promise<RouteResult>, thenDown = false): Promise<{ result: RouteResult; proxy: LossyProxy }> {
  const proxy = await startLossyProxy({ target: harness.sim.url, lose, thenDown });
  try {
    const result = await withEnv({ ONCALLCLERK_BASE_URL: proxy.url }, call);
    return { result, proxy };
  } finally {
    await proxy.close();
  }
}

const sent = (proxy: LossyProxy, method: string) => proxy.requests.filter((request) => request.startsWith(`${method} `));

function expectUnknown(result: RouteResult): void {
  expectError(result, 502, "upstream_outcome_unknown");
  expect(result.body.error.message).toMatch(/did not confirm/);
  expect(result.body.error.message).toMatch(/Check .* before trying again/);
}

describe("PUT /api/clients/:c/agents/:a", () => {
  it("reports the update made when the agent shows it, after one PUT", async () => {
    const { clientId, agentId, key } = await newClient("put");
    const { result, proxy } = await throughProxy((method) => method === "PUT", () => api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Hello after the outage" }));
    expectOk(result);
    expect(result.body.data).toMatchObject({ id: agentId, greeting: "Hello after the outage" });
    expect(sent(proxy, "PUT")).toHaveLength(1);
    expect((await harness.sim.upstream<{ data: { greeting: string } }>(key, `/agents/${agentId}`)).body.data.greeting).toBe("Hello after the outage");
  });

  it("says the outcome is unknown when the read-back fails too, without a second PUT", async () => {
    const { clientId, agentId } = await newClient("putdown");
    const { result, proxy } = await throughProxy((method) => method === "PUT", () => api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Maybe saved" }), true);
    expectUnknown(result);
    expect(sent(proxy, "PUT")).toHaveLength(1);
  });

  it("says nothing changed only when the read-back shows the agent as before", async () => {
    const lossy = await startLossyUpstream({ landsAnyway: false });
    try {
      const created = await withEnv({ ONCALLCLERK_BASE_URL: lossy.url }, () => api.createClient(owner.cookie, { name: "Lossy single", apiKey: "sim_growth_lossysingle1" }));
      expectOk(created, 201);
      const result = await withEnv({ ONCALLCLERK_BASE_URL: lossy.url }, () => api.updateAgent(owner.cookie, created.body.data.id, "agt_lossy", { greeting: "Not saved" }));
      expectError(result, 502, "upstream_unavailable");
      expect(result.body.error.message).toMatch(/Nothing was changed/);
      expect(lossy.puts).toBe(1);
    } finally {
      await lossy.close();
    }
  });
});

describe("DELETE /api/clients/:c/agents/:a", () => {
  it("answers success when the agent is gone afterwards, after one DELETE", async () => {
    const { clientId, agentId, key } = await newClient("del");
    const { result, proxy } = await throughProxy((method) => method === "DELETE", () => api.deleteAgent(owner.cookie, clientId, agentId));
    expectOk(result);
    expect(sent(proxy, "DELETE")).toHaveLength(1);
    expect((await harness.sim.upstream(key, `/agents/${agentId}`)).status).toBe(404);
  });

  it("says the outcome is unknown when the agent cannot be asked for", async () => {
    const { clientId, agentId } = await newClient("deldown");
    const { result, proxy } = await throughProxy((method) => method === "DELETE", () => api.deleteAgent(owner.cookie, clientId, agentId), true);
    expectUnknown(result);
    expect(sent(proxy, "DELETE")).toHaveLength(1);
  });
});

async function availableNumber(clientId: string): Promise<string> {
  const search = await api.searchNumbers(owner.cookie, clientId, "?pageSize=1");
  expectOk(search);
  return search.body.data.numbers[0].phoneNumber as string;
}

describe("POST /api/clients/:c/agents/:a/phone", () => {
  it("answers the agent with its number when the agent has it, after one POST", async () => {
    const { clientId, agentId } = await newClient("phone");
    const number = await availableNumber(clientId);
    const { result, proxy } = await throughProxy((method) => method === "POST", () => api.assignNumber(owner.cookie, clientId, agentId, { requestedNumber: number }));
    expectOk(result);
    expect(result.body.data).toMatchObject({ id: agentId, phone_number: number });
    expect(sent(proxy, "POST")).toHaveLength(1);
  });

  it("says the outcome is unknown when the agent cannot be read back", async () => {
    const { clientId, agentId } = await newClient("phonedown");
    const number = await availableNumber(clientId);
    const { result, proxy } = await throughProxy((method) => method === "POST", () => api.assignNumber(owner.cookie, clientId, agentId, { requestedNumber: number }), true);
    expectUnknown(result);
    expect(sent(proxy, "POST")).toHaveLength(1);
  });

  it("reports a confirmed assignment as a success even when the follow-up read fails", async () => {
    const { clientId, agentId } = await newClient("phoneread");
    const number = await availableNumber(clientId);
    let assigned = false;
    const lose = (method: string, path: string) => {
      if (method === "POST") assigned = true;
      return assigned && method === "GET" && path === `/agents/${agentId}`;
    };
    const { result, proxy } = await throughProxy(lose, () => api.assignNumber(owner.cookie, clientId, agentId, { requestedNumber: number }));
    expectOk(result);
    expect(result.body.data).toMatchObject({ id: agentId, phone_number: number });
    expect(sent(proxy, "POST")).toHaveLength(1);
  });
});

describe("POST /api/clients/:c/phone-numbers/regulatory-bundle", () => {
  it("answers the bundle that appeared in the country's list, after one POST", async () => {
    const { clientId, key } = await newClient("bundle");
    const { result, proxy } = await throughProxy((method) => method === "POST", () => api.createBundle(owner.cookie, clientId, { isoCountryCode: "GB" }));
    expectOk(result, 201);
    expect(sent(proxy, "POST")).toHaveLength(1);
    const listed = await harness.sim.upstream<{ data: { bundles: { sid: string }[] } }>(key, "/phone-numbers/regulatory-bundles/GB");
    expect(listed.body.data.bundles.map((bundle) => bundle.sid)).toEqual([result.body.data.bundleSid]);
  });

  it("says the outcome is unknown when the list cannot be read again", async () => {
    const { clientId } = await newClient("bundledown");
    const { result, proxy } = await throughProxy((method) => method === "POST", () => api.createBundle(owner.cookie, clientId, { isoCountryCode: "GB" }), true);
    expectUnknown(result);
    expect(sent(proxy, "POST")).toHaveLength(1);
  });
});

describe("PUT /api/clients/:c/user", () => {
  it("answers the profile when it shows the change, after one PUT", async () => {
    const { clientId } = await newClient("profile");
    const { result, proxy } = await throughProxy((method) => method === "PUT", () => api.updateUser(owner.cookie, clientId, { company: "Renamed Ltd" }));
    expectOk(result);
    expect(result.body.data).toMatchObject({ company: "Renamed Ltd" });
    expect(sent(proxy, "PUT")).toHaveLength(1);
  });
});

describe("DELETE /api/clients/:c/user", () => {
  it("takes a 401 afterwards as the account being gone, and forgets the client as on success", async () => {
    const { clientId, key } = await newClient("account");
    const { result, proxy } = await throughProxy((method) => method === "DELETE", () => api.deleteUser(owner.cookie, clientId, { confirm: "Lost account" }));
    expectOk(result);
    expect(sent(proxy, "DELETE")).toHaveLength(1);
    expect((await harness.sim.upstream(key, "/usage")).status).toBe(401);
    expect(await storedClient(clientId)).toBeNull();
  });

  it("keeps the client and says the outcome is unknown when nothing can be asked", async () => {
    const { clientId } = await newClient("accountdown");
    const { result, proxy } = await throughProxy((method) => method === "DELETE", () => api.deleteUser(owner.cookie, clientId, { confirm: "Lost accountdown" }), true);
    expectUnknown(result);
    expect(sent(proxy, "DELETE")).toHaveLength(1);
    expect(await storedClient(clientId)).not.toBeNull();
  });
});

describe("a write that cannot be read back", () => {
  it("never says nothing was changed (the email function's recipients are not readable)", async () => {
    const { clientId, agentId } = await newClient("email");
    const { result, proxy } = await throughProxy(
      (method) => method === "PUT",
      () => api.configureEmail(owner.cookie, clientId, agentId, { enabled: true, params: { permitted_recipients: ["@example.com"] } }),
    );
    expectError(result, 502, "upstream_unavailable");
    expect(result.body.error.message).not.toMatch(/Nothing was changed/);
    expect(result.body.error.message).toMatch(/may or may not have been made/);
    expect(sent(proxy, "PUT")).toHaveLength(1);
  });
});
