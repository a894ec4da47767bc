// A sign-in is recorded in every agency the person belongs to, with their address and browser, by
// next-auth's authorize (the credentials check itself); a failed or refused sign-in records nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { eventsOf } from "./support/audit";
import { useHarness } from "./support/harness";
import { createOwner, TEST_PASSWORD, type TestUser } from "./support/users";

useHarness();

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;

/** The credentials provider's own authorize, as next-auth calls it (headers as a plain object). */
function authorize(): Authorize {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize;
}

const HEADERS = { "x-forwarded-for": "198.51.100.23", "user-agent": "Mozilla/5.0 (SignInTest)", host: "localhost:3000" };

let person: TestUser;
let secondAgency: { id: string };

beforeAll(async () => {
  person = await createOwner("audit-signin");
  secondAgency = await db().agency.create({ data: { name: "Second Agency" }, select: { id: true } });
  await db().membership.create({ data: { agencyId: secondAgency.id, userId: person.user.id, role: "viewer", allClients: true } });
});

describe("auth.sign_in", () => {
  it("records one event in each of the person's agencies, with IP and user agent", async () => {
    const user = await authorize()({ email: person.user.email, password: TEST_PASSWORD }, { headers: HEADERS });
    expect(user?.id).toBe(person.user.id);
    for (const agencyId of [person.agency.id, secondAgency.id]) {
      const events = await eventsOf(agencyId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: "auth.sign_in", actorId: person.user.id, actorName: person.user.name, actorEmail: person.user.email,
        ip: "198.51.100.23", userAgent: "Mozilla/5.0 (SignInTest)", clientId: null, targetType: "user", targetId: person.user.id,
      });
    }
  });

  it("records nothing for a wrong password, an unknown email or malformed input", async () => {
    const count = async () => (await eventsOf(person.agency.id)).length + (await eventsOf(secondAgency.id)).length;
    const before = await count();
    expect(await authorize()({ email: person.user.email, password: "wrong password entirely" }, { headers: HEADERS })).toBeNull();
    expect(await authorize()({ email: "nobody@example.test", password: TEST_PASSWORD }, { headers: HEADERS })).toBeNull();
    expect(await authorize()({ email: "not-an-email", password: "" }, { headers: HEADERS })).toBeNull();
    expect(await count()).toBe(before);
  });

  it("records a sign-in without an address when no proxy header names one", async () => {
    await authorize()({ email: person.user.email, password: TEST_PASSWORD }, { headers: { host: "localhost:3000" } });
    const latest = (await eventsOf(person.agency.id)).at(-1);
    expect(latest).toMatchObject({ action: "auth.sign_in", ip: null, userAgent: null });
  });
});
