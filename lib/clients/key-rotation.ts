// Re-encrypting every stored OnCallClerk key under the current encryption key (npm run keys:rotate).
// Rows are read in id order, in batches; each stale row is decrypted (with whichever configured key
// wrote it) and written back with compare-and-swap — UPDATE … WHERE the ciphertext is still the one
// we read — so a key replaced by someone while the rotation runs is never overwritten with the old
// one. Running it again rotates nothing. A row no configured key opens is reported, not fatal.
import { decryptSecret, encryptSecret, envelopeKeyId, KeyringError, type Keyring } from "@/lib/crypto/keyring";
import { db } from "@/lib/db/client";
import { apiKeyAssociatedData } from "./api-key";

export interface RotationFailure {
  clientId: string;
  agencyId: string;
  reason: string;
}

export interface RotationReport {
  mode: "rotate" | "check";
  currentKeyId: string;
  /** Re-encrypted now (rotate), or still under an older key (check). */
  rotated: number;
  alreadyCurrent: number;
  failed: RotationFailure[];
}

interface Row {
  id: string;
  agencyId: string;
  encryptedApiKey: string;
}

/** A row replaced between our read and our write is read again, at most this often. */
const MAX_ATTEMPTS = 5;

function readRow(id: string): Promise<Row | null> {
  return db().clientAccount.findUnique({ where: { id }, select: { id: true, agencyId: true, encryptedApiKey: true } });
}

type Outcome = "rotated" | "current" | { failed: string } | "gone";

export interface RotationOptions {
  check?: boolean;
  batchSize?: number;
  /** Tests: runs between reading a row and writing it back (to replace the key in that window). */
  beforeWrite?: (clientId: string) => Promise<void>;
}

async function rotateRow(keyring: Keyring, first: Row, options: RotationOptions): Promise<Outcome> {
  const check = options.check ?? false;
  let row: Row | null = first;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && row; attempt++) {
    let plaintext: string;
    try {
      // Decrypting also proves a current-key row is sound (a bit flipped in storage shows up here).
      plaintext = decryptSecret(keyring, row.encryptedApiKey, apiKeyAssociatedData(row.agencyId, row.id));
    } catch (error) {
      if (!(error instanceof KeyringError)) throw error;
      return { failed: error.message };
    }
    if (envelopeKeyId(row.encryptedApiKey) === keyring.currentKeyId) return "current";
    if (check) return "rotated";
    await options.beforeWrite?.(row.id);
    const next = encryptSecret(keyring, plaintext, apiKeyAssociatedData(row.agencyId, row.id));
    // Raw SQL: re-encryption is not a change anyone made, so updatedAt (and key health) stay as they were.
    const swapped = await db().$executeRaw`UPDATE "ClientAccount" SET "encryptedApiKey" = ${next} WHERE id = ${row.id} AND "encryptedApiKey" = ${row.encryptedApiKey}`;
    if (swapped === 1) return "rotated";
    row = await readRow(row.id); // replaced (or deleted) meanwhile: judge what is there now
  }
  return row ? { failed: "the row kept changing during rotation; run keys:rotate again" } : "gone";
}

export async function rotateApiKeys(keyring: Keyring, options: RotationOptions = {}): Promise<RotationReport> {
  const check = options.check ?? false;
  const batchSize = options.batchSize ?? 200;
  const report: RotationReport = { mode: check ? "check" : "rotate", currentKeyId: keyring.currentKeyId, rotated: 0, alreadyCurrent: 0, failed: [] };
  let after: string | undefined;
  for (;;) {
    const rows: Row[] = await db().clientAccount.findMany({
      where: after ? { id: { gt: after } } : {},
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, agencyId: true, encryptedApiKey: true },
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      const outcome = await rotateRow(keyring, row, options);
      if (outcome === "rotated") report.rotated++;
      else if (outcome === "current") report.alreadyCurrent++;
      else if (outcome !== "gone") report.failed.push({ clientId: row.id, agencyId: row.agencyId, reason: outcome.failed });
    }
    after = rows.at(-1)!.id;
  }
  return report;
}
