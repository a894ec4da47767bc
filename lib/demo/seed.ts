// The demo agency: one owner and three client businesses on different simulator plans. Idempotent:
// run twice, it finds what is there. Demo clients' keys are re-encrypted on every run, so the demo
// keeps working even if .data/secrets.json was regenerated.
import { encryptApiKey } from "@/lib/clients/api-key";
import { keyHintOf } from "@/lib/clients/schemas";
import { db } from "@/lib/db/client";
import { createUserWithAgency } from "@/lib/auth/users";

export const DEMO_USER = { name: "Dana Demo", email: "demo@agency.test", password: "oncallclerk-demo", agencyName: "Northwind Digital" };

export const DEMO_CLIENTS = [
  { name: "Bright Smile Dental", apiKey: "sim_growth_brightsmile01" },
  { name: "Rapid Rooter Plumbing", apiKey: "sim_starter_rapidrooter1" },
  { name: "Harbor Law Group", apiKey: "sim_professional_harborlaw1" },
] as const;

export async function seedDemo(): Promise<{ agencyId: string; createdUser: boolean }> {
  let user = await db().user.findUnique({ where: { email: DEMO_USER.email }, select: { id: true } });
  const createdUser = !user;
  if (!user) user = (await createUserWithAgency(db(), DEMO_USER)).user;
  const membership = await db().membership.findFirst({
    where: { userId: user.id, role: "owner" },
    orderBy: { createdAt: "asc" },
    select: { agencyId: true },
  });
  if (!membership) throw new Error(`${DEMO_USER.email} exists but owns no agency; remove .data/ to start the demo afresh`);
  const agencyId = membership.agencyId;

  for (const demo of DEMO_CLIENTS) {
    const existing = await db().clientAccount.findFirst({ where: { agencyId, name: demo.name }, select: { id: true } });
    const id = existing?.id ?? crypto.randomUUID();
    const secret = { encryptedApiKey: encryptApiKey(agencyId, id, demo.apiKey), keyHint: keyHintOf(demo.apiKey) };
    if (existing) await db().clientAccount.updateMany({ where: { id, agencyId }, data: secret });
    else await db().clientAccount.create({ data: { id, agencyId, name: demo.name, ...secret } });
  }
  return { agencyId, createdUser };
}
