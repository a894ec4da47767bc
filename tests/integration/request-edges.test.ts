// Odd but legal requests found in a second adversarial review: malformed cookies, `If-Match: *`,
// out-of-range query numbers, client names that differ only in spacing.
import { beforeAll, describe, it } from "vitest";
import { expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { api } from "./support/routes";
import { createOwner, type TestUser } from "./support/users";

useHarness();

let owner: TestUser;

beforeAll(async () => {
  owner = await createOwner("edges");
});

describe("a malformed portal-agency cookie", () => {
  it("is ignored like a missing one, not a 500 on every route", async () => {
    const result = await api.listClients(`${owner.cookie}; portal-agency=%zz`);
    expectOk(result);
  });
});
