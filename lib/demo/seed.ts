// The demo agency: one owner and three client businesses on three simulator plans. The clients are
// added only when the demo user is first created; later runs reuse whatever is there, so clients the
// person removed, renamed or re-keyed stay that way.
//
// The simulator derives each account's business (vertical, name, city) from its key, so these keys
// were picked for their businesses and the client names are exactly the simulator's business names.
import { encryptApiKey, keyFingerprintOf } from "@/lib/clients/api-key";
import { keyHintOf } from "@/lib/clients/schemas";
import { db } from "@/lib/db/client";
import { createUserWithAgency } from "@/lib/auth/users";
import { DEMO_CLIENTS, DEMO_LAW_FIRM, DEMO_USER } from "./accounts";
import { seedDemoTeam } from "./team";

export { DEMO_CLIENTS, DEMO_LAW_FIRM, DEMO_USER };

export async function seedDemo(): Promise<{ agencyId: string; createdUser: boolean }> {
  const existing = await db().user.findUnique({ where: { email: DEMO_USER.email }, select: { id: true } });
  if (!existing) {
    const { agency } = await createUserWithAgency(db(), DEMO_USER);
    await db().clientAccount.createMany({
      data: DEMO_CLIENTS.map((demo) => {
        const id = crypto.randomUUID();
        const { apiKey } = demo;
        return {
          id,
          agencyId: agency.id,
          name: demo.name,
          encryptedApiKey: encryptApiKey(agency.id, id, apiKey),
          keyHint: keyHintOf(apiKey),
          keyFingerprint: keyFingerprintOf(apiKey),
        };
      }),
    });
    await seedDemoTeam(agency.id, true);
    return { agencyId: agency.id, createdUser: true };
  }
  const membership = await db().membership.findFirst({
    where: { userId: existing.id, role: "owner" },
    orderBy: { createdAt: "asc" },
    select: { agencyId: true },
  });
  if (!membership) throw new Error(`${DEMO_USER.email} exists but owns no agency; remove .data/ to start the demo afresh`);
  await seedDemoTeam(membership.agencyId, false);
  return { agencyId: membership.agencyId, createdUser: false };
}
