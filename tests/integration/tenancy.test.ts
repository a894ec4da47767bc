// Tenancy and roles. An outsider (another agency's owner) gets 404 — never 403, which would confirm
// the id exists — on every route of a client that is not theirs, and the row stays exactly as it
// was; the owner twin shows the same calls succeed for the right person. Viewers read but never write.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { expectError, expectOk, storedClient } from "./support/expect";
import { useHarness } from "./support/harness";
import { freshKey } from "./support/simulator";
import { api, everyClientRoute } from "./support/routes";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

const OWNER_KEY = "sim_professional_tenantA1";
const OUTSIDER_KEY = "sim_starter_tenantB1";

let owner: TestUser;
let outsider: TestUser;
let clientId: string;
let agentId: string;

beforeAll(async () => {
  owner = await createOwner("owner");
  outsider = await createOwner("outsider");
  const created = await api.createClient(owner.cookie, { name: "Owned Client", apiKey: OWNER_KEY });
  expectOk(created, 201);
  clientId = created.body.data.id;
  expectOk(await api.createClient(outsider.cookie, { name: "Outsider's Own Client", apiKey: OUTSIDER_KEY }), 201);
  const upstream = await harness.sim.upstream<{ data: { id: string }[] }>(OWNER_KEY, "/agents");
  agentId = upstream.body.data[0]!.id;
});

describe("an outsider from another agency", () => {
  const clientRoutes = () => everyClientRoute(clientId, agentId).filter((route) => route.name.includes(":id"));

  it("gets 404 on every route of the client, and the row is unchanged", async () => {
    const before = await storedClient(clientId);
    for (const route of clientRoutes()) {
      const result = await route.call(outsider.cookie);
      expect(result.status, `${route.name}: ${result.text}`).toBe(404);
      expectError(result, 404, "not_found");
    }
    expect(await storedClient(clientId)).toEqual(before);
  });

  it("gets the same 404 as for an id that does not exist (nothing to tell them apart)", async () => {
    const foreign = await api.getClient(outsider.cookie, clientId);
    const missing = await api.getClient(outsider.cookie, "cl_does_not_exist");
    expect(foreign.status).toBe(missing.status);
    expect(foreign.body.error.code).toBe(missing.body.error.code);
    expect(foreign.body.error.message).toBe(missing.body.error.message);
  });

  it("cannot pick the other agency with the agency cookie", async () => {
    const before = await storedClient(clientId);
    const cookie = `${outsider.cookie}; portal-agency=${owner.agency.id}`;
    for (const route of clientRoutes()) {
      const result = await route.call(cookie);
      expect(result.status, `${route.name}: ${result.text}`).toBe(404);
    }
    const list = await api.listClients(cookie);
    expect(list.body.data.map((c: { name: string }) => c.name)).toEqual(["Outsider's Own Client"]);
    expect(await storedClient(clientId)).toEqual(before);
  });

  it("does not see the client in their list", async () => {
    const list = await api.listClients(outsider.cookie, "?include=usage");
    expectOk(list);
    expect(list.body.data.map((c: { id: string }) => c.id)).not.toContain(clientId);
  });
});

describe("the owner twin", () => {
  it("succeeds on the same routes", async () => {
    expectOk(await api.getClient(owner.cookie, clientId));
    expectOk(await api.listAgents(owner.cookie, clientId));
    expectOk(await api.getAgent(owner.cookie, clientId, agentId));
    const renamed = await api.updateClient(owner.cookie, clientId, { name: "Owned Client (renamed)" });
    expectOk(renamed);
    expect(renamed.body.data.name).toBe("Owned Client (renamed)");
    expectOk(await api.updateClient(owner.cookie, clientId, { name: "Owned Client" }));
  });

  it("can delete it (last, since it is gone afterwards)", async () => {
    const doomed = await api.createClient(owner.cookie, { name: "Doomed", apiKey: freshKey("starter") });
    expectOk(doomed, 201);
    expectError(await api.deleteClient(outsider.cookie, doomed.body.data.id), 404, "not_found");
    expect(await storedClient(doomed.body.data.id)).not.toBeNull();
    expectOk(await api.deleteClient(owner.cookie, doomed.body.data.id));
    expect(await storedClient(doomed.body.data.id)).toBeNull();
  });
});

describe("roles inside the agency", () => {
  for (const role of ["viewer", "member"] as const satisfies readonly Role[]) {
    describe(`a ${role}`, () => {
      let person: TestUser;
      beforeAll(async () => {
        person = await createMember(owner.agency, role);
      });

      it("can read the clients and their agents", async () => {
        const list = await api.listClients(person.cookie);
        expectOk(list);
        expect(list.body.data.map((c: { id: string }) => c.id)).toContain(clientId);
        expectOk(await api.listClients(person.cookie, "?include=usage"));
        expectOk(await api.getClient(person.cookie, clientId));
        expectOk(await api.listAgents(person.cookie, clientId));
        expectOk(await api.getAgent(person.cookie, clientId, agentId));
      });

      it("gets 403 on POST, PATCH and DELETE, and nothing changes", async () => {
        const before = await storedClient(clientId);
        const count = await db().clientAccount.count();
        expectError(await api.createClient(person.cookie, { name: `${role} client`, apiKey: freshKey("starter") }), 403, "forbidden");
        expectError(await api.updateClient(person.cookie, clientId, { name: `${role} was here` }), 403, "forbidden");
        expectError(await api.updateClient(person.cookie, clientId, { apiKey: OUTSIDER_KEY }), 403, "forbidden");
        expectError(await api.deleteClient(person.cookie, clientId), 403, "forbidden");
        expect(await storedClient(clientId)).toEqual(before);
        expect(await db().clientAccount.count()).toBe(count);
      });

      it("gets 404, not 403, for another agency's client", async () => {
        const foreign = await db().clientAccount.findFirstOrThrow({ where: { agencyId: outsider.agency.id } });
        expectError(await api.deleteClient(person.cookie, foreign.id), 404, "not_found");
      });
    });
  }

  it("an admin can write", async () => {
    const admin = await createMember(owner.agency, "admin");
    const created = await api.createClient(admin.cookie, { name: "Admin's Client", apiKey: freshKey("starter") });
    expectOk(created, 201);
    expectOk(await api.updateClient(admin.cookie, created.body.data.id, { name: "Admin's Client 2" }));
    expectOk(await api.deleteClient(admin.cookie, created.body.data.id));
  });

  it("a client_user sees only their own client, and with no grants may do nothing there", async () => {
    const other = await api.createClient(owner.cookie, { name: "Somebody Else", apiKey: freshKey("starter", "other") });
    expectOk(other, 201);
    const clientUser = await createMember(owner.agency, "client_user", "client_user", { clientIds: [clientId] });
    const listed = await api.listClients(clientUser.cookie);
    expectOk(listed);
    expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual([clientId]);
    expectOk(await api.getClient(clientUser.cookie, clientId));
    expectError(await api.listAgents(clientUser.cookie, clientId), 403, "forbidden");
    // The agency's other client does not exist for them.
    expectError(await api.getClient(clientUser.cookie, other.body.data.id), 404, "not_found");
    expectError(await api.listAgents(clientUser.cookie, other.body.data.id), 404, "not_found");
    expectOk(await api.deleteClient(owner.cookie, other.body.data.id));
    // Unassigned, they see nothing at all.
    const unassigned = await createMember(owner.agency, "client_user", "unassigned");
    expectError(await api.getClient(unassigned.cookie, clientId), 404, "not_found");
  });

  it("a role change takes effect on the next request (roles are not baked into the session)", async () => {
    const demoted = await createMember(owner.agency, "admin", "demoted");
    expectOk(await api.updateClient(demoted.cookie, clientId, { name: "Owned Client" }));
    await db().membership.updateMany({ where: { userId: demoted.user.id }, data: { role: "viewer" } });
    expectError(await api.updateClient(demoted.cookie, clientId, { name: "Too late" }), 403, "forbidden");
  });

  it("a person removed from the agency loses access at once", async () => {
    const leaver = await createMember(owner.agency, "admin", "leaver");
    expectOk(await api.getClient(leaver.cookie, clientId));
    await db().membership.deleteMany({ where: { userId: leaver.user.id } });
    const result = await api.getClient(leaver.cookie, clientId);
    expect([401, 403, 404]).toContain(result.status);
    expect(result.body.success).toBe(false);
    expect(result.text).not.toContain("Owned Client");
  });
});
