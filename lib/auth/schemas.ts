// Schemas for sign-up and sign-in, shared by the forms, the route handler and the admin CLI.
import { z } from "zod";

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
  name: z.string().trim().min(1, "Enter your name").max(100, "Name is too long"),
  email: emailSchema,
  password: newPasswordSchema,
  agencyName: z.string().trim().min(1, "Enter your agency's name").max(100, "Agency name is too long"),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
