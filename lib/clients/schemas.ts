// Client accounts: request schemas (shared by the "Add client" form and the route handlers) and the
// public view. The view has no key material at all, only the last four characters as a hint.
import { z } from "zod";

const clientName = z.string().trim().min(1, "Enter the client's name").max(100, "Keep the name under 100 characters");

// OnCallClerk keys are opaque; we only insist on something key-shaped (no spaces, sane length).
export const apiKeySchema = z
  .string()
  .trim()
  .min(8, "That is too short to be an OnCallClerk API key")
  .max(256, "That is too long to be an OnCallClerk API key")
  .regex(/^[\x21-\x7e]+$/, "An API key has no spaces or special characters");

export const createClientSchema = z.strictObject({ name: clientName, apiKey: apiKeySchema });
export type CreateClientInput = z.infer<typeof createClientSchema>;

export const updateClientSchema = z
  .strictObject({ name: clientName.optional(), apiKey: apiKeySchema.optional() })
  .refine((value) => value.name !== undefined || value.apiKey !== undefined, { message: "Change the name or the API key" });
export type UpdateClientInput = z.infer<typeof updateClientSchema>;

export const clientIdParamsSchema = z.object({ clientId: z.string().min(1).max(64) });

export const clientStatusValues = ["active", "key_rejected", "unreachable"] as const;

export interface ClientAccountView {
  id: string;
  name: string;
  keyHint: string;
  status: (typeof clientStatusValues)[number];
  statusMessage: string | null;
  statusCheckedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const clientAccountSelect = {
  id: true,
  name: true,
  keyHint: true,
  status: true,
  statusMessage: true,
  statusCheckedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function keyHintOf(apiKey: string): string {
  return apiKey.slice(-4);
}
