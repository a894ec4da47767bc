// POST /api/auth/signup — create a user and their agency (as owner); closed when SIGNUP_ENABLED=false.
// With {invitationToken} instead of agencyName: create the user as a member of the inviting agency
// (open even when sign-up is closed: the invitation is the operator's consent).
import { parseWith, readJson } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { withAgencyCookie } from "@/lib/auth/agency-cookie";
import { invitedSignUpSchema, signUpSchema } from "@/lib/auth/schemas";
import { createInvitedUser, createUserWithAgency, EmailTakenError } from "@/lib/auth/users";
import { clientIpOf } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { z } from "zod";

const emailTaken = () =>
  new ApiError(409, "conflict", "An account with this email already exists", {
    fieldErrors: { email: ["This email already has an account. Sign in instead."] },
  });

export const POST = apiRoute(async ({ request }) => {
  // The body decides which sign-up this is, so it is read before the closed check (an invited
  // sign-up is allowed on a closed portal).
  const raw = await readJson(request, z.unknown());
  const invited = typeof raw === "object" && raw !== null && "invitationToken" in raw;
  if (!invited && !serverEnv().SIGNUP_ENABLED) {
    throw new ApiError(403, "signup_closed", "Sign-up is closed on this portal. Ask your administrator for an account.");
  }
  try {
    if (invited) {
      const input = parseWith(invitedSignUpSchema, raw);
      const from = { ip: clientIpOf(request), userAgent: request.headers.get("user-agent")?.slice(0, 512) ?? null };
      const { user, joined } = await createInvitedUser(db(), input, from);
      return withAgencyCookie(ok({ user, agency: joined.agency, role: joined.role }, 201), joined.agency.id);
    }
    return ok(await createUserWithAgency(db(), parseWith(signUpSchema, raw)), 201);
  } catch (error) {
    if (error instanceof EmailTakenError) throw emailTaken();
    // On the sign-up form the email is a field: say it there.
    if (error instanceof ApiError && error.code === "invitation_wrong_email") {
      throw new ApiError(error.status, error.code, error.message, { fieldErrors: { email: [error.message] } });
    }
    throw error;
  }
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
