// The only code that reads or writes a client's encrypted OnCallClerk key. The associated data ties
// each ciphertext to its agency and row, so a ciphertext copied elsewhere will not decrypt.
import { createHash } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { decryptSecret, encryptSecret, KeyringError } from "@/lib/crypto/keyring";
import { serverKeyring } from "@/lib/crypto/server-keyring";
import { db } from "@/lib/db/client";

export function apiKeyAssociatedData(agencyId: string, clientId: string): string {
  return `oncallclerk-api-key:agency=${agencyId}:client=${clientId}`;
}

/**
 * sha256 of the key, to recognise the same OnCallClerk account connected twice. OnCallClerk keys
 * are long random tokens, so the hash reveals nothing; it never leaves the database.
 */
export function keyFingerprintOf(apiKey: string): string {
  return createHash("sha256").update(`oncallclerk-api-key:${apiKey}`).digest("hex");
}

export function encryptApiKey(agencyId: string, clientId: string, apiKey: string): string {
  return encryptSecret(serverKeyring(), apiKey, apiKeyAssociatedData(agencyId, clientId));
}

export interface StoredApiKey {
  apiKey: string;
  /** Which key this is: its request budget must not carry over to a replacement key. */
  keyVersion: number;
  /** The plan OnCallClerk last reported, which sizes the key's request budget. */
  plan: string | null;
}

/** The decrypted key, or null when the client is not in this agency. */
export async function readApiKey(agencyId: string, clientId: string): Promise<StoredApiKey | null> {
  const row = await db().clientAccount.findFirst({
    where: { id: clientId, agencyId },
    select: { encryptedApiKey: true, keyVersion: true, plan: true },
  });
  if (!row) return null;
  try {
    const apiKey = decryptSecret(serverKeyring(), row.encryptedApiKey, apiKeyAssociatedData(agencyId, clientId));
    return { apiKey, keyVersion: row.keyVersion, plan: row.plan };
  } catch (error) {
    if (!(error instanceof KeyringError)) throw error;
    // The deployment lost the key it was written with (rotation without ENCRYPTION_PREVIOUS_KEYS),
    // or the row was tampered with. Never fall back to anything: ask for the key again.
    console.error(`client ${clientId}: stored API key cannot be decrypted (${error.message})`);
    throw new ApiError(
      500,
      "client_key_unreadable",
      "This client's stored API key cannot be decrypted with this portal's encryption keys. Replace the key in the client's settings.",
    );
  }
}
