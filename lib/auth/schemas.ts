// Schemas for sign-up and sign-in, shared by the forms, the route handler and the admin CLI.
import { z } from "zod";
import { visibleText } from "@/lib/validation";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address").max(254, "Email is too long"));

// Long enough to resist guessing; capped so argon2 never hashes megabytes.
export const newPasswordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters");

export const signUpSchema = z.strictObject({
  name: visibleText("your name", 100),
  email: emailSchema,
  password: newPasswordSchema,
  agencyName: visibleText("your agency's name", 100),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** Sign-up from an invitation link: joins the inviting agency instead of creating one. */
export const invitedSignUpSchema = z.strictObject({
  name: visibleText("your name", 100),
  email: emailSchema,
  password: newPasswordSchema,
  invitationToken: z.string().trim().min(1).max(200),
});
export type InvitedSignUpInput = z.infer<typeof invitedSignUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
