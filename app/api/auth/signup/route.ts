// POST /api/auth/signup — create a user and their agency (as owner); closed when SIGNUP_ENABLED=false
import { readJson } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { signUpSchema } from "@/lib/auth/schemas";
import { createUserWithAgency, EmailTakenError } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { otherMethods } from "@/lib/api/other-methods";

export const POST = apiRoute(async ({ request }) => {
  if (!serverEnv().SIGNUP_ENABLED) {
    throw new ApiError(403, "signup_closed", "Sign-up is closed on this portal. Ask your administrator for an account.");
  }
  const input = await readJson(request, signUpSchema);
  try {
    const created = await createUserWithAgency(db(), input);
    return ok(created, 201);
  } catch (error) {
    if (error instanceof EmailTakenError) {
      throw new ApiError(409, "conflict", "An account with this email already exists", {
        fieldErrors: { email: ["This email already has an account. Sign in instead."] },
      });
    }
    throw error;
  }
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
