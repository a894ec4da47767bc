// POST /api/agency/switch — {agencyId}: work in another of your agencies (sets the portal-agency cookie)
import { z } from "zod";
import { readJson } from "@/lib/api/body";
import { ApiError, notFound } from "@/lib/api/errors";
import { withSession } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { withAgencyCookie } from "@/lib/auth/agency-cookie";
import { db } from "@/lib/db/client";

const switchSchema = z.strictObject({ agencyId: z.string().min(1, "Choose an agency").max(64) });

export const POST = withSession(async ({ request, user, token }) => {
  // A token works in its own agency only; a cookie means nothing to it.
  if (token) throw new ApiError(403, "forbidden", "API tokens act in their own agency only");
  const { agencyId } = await readJson(request, switchSchema);
  // Our ids are cuids; anything else (a NUL byte, say) is no agency of theirs and never reaches the database.
  if (!/^[A-Za-z0-9_-]+$/.test(agencyId)) throw notFound("No such agency");
  const membership = await db().membership.findUnique({
    where: { agencyId_userId: { agencyId, userId: user.id } },
    select: { role: true, agency: { select: { id: true, name: true } } },
  });
  // Another agency's id is as unknown as a made-up one.
  if (!membership) throw notFound("No such agency");
  return withAgencyCookie(ok({ agency: membership.agency, role: membership.role }), membership.agency.id);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
