// What POST /api/tokens accepts: a name people recognise the token by, the most it may do (a role
// no higher than the creator's own), and an optional expiry (a number of days, or a moment).
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { visibleText } from "@/lib/validation";

export const TOKEN_NAME_MAX = 80;
export const TOKEN_MAX_DAYS = 366;

export const createTokenSchema = z
  .strictObject({
    name: visibleText("Give the token a name", TOKEN_NAME_MAX),
    role: z.enum(Role, { error: `role is one of ${Object.values(Role).join(", ")}` }),
    expiresInDays: z.number({ error: "A number of days" }).int("Whole days only").min(1, "At least 1 day").max(TOKEN_MAX_DAYS, `At most ${TOKEN_MAX_DAYS} days`).optional(),
    expiresAt: z.iso.datetime({ offset: true, error: "An ISO date and time, e.g. 2027-01-31T00:00:00Z" }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.expiresInDays !== undefined && input.expiresAt !== undefined) {
      ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "Give expiresInDays or expiresAt, not both" });
    }
    if (input.expiresAt !== undefined) {
      const at = new Date(input.expiresAt).getTime();
      if (at <= Date.now()) ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "The expiry must be in the future" });
      else if (at > Date.now() + TOKEN_MAX_DAYS * 86_400_000) ctx.addIssue({ code: "custom", path: ["expiresAt"], message: `At most ${TOKEN_MAX_DAYS} days ahead` });
    }
  });
export type CreateTokenInput = z.output<typeof createTokenSchema>;

/** When a new token stops working: null for "never". */
export function expiryOf(input: Pick<CreateTokenInput, "expiresInDays" | "expiresAt">, now = Date.now()): Date | null {
  if (input.expiresAt !== undefined) return new Date(input.expiresAt);
  if (input.expiresInDays !== undefined) return new Date(now + input.expiresInDays * 86_400_000);
  return null;
}

export const tokenListQuerySchema = z.strictObject({
  scope: z.enum(["mine", "agency"], { error: "scope is mine or agency" }).default("mine"),
});
