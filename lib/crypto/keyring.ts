// Envelope encryption for tenant secrets (the clients' OnCallClerk API keys).
//
//   v1.<keyId>.<iv>.<ciphertext>.<tag>     (base64url segments)
//
// AES-256-GCM with a random 12-byte IV. The key id says which key wrote it, so old ciphertexts keep
// decrypting while a new key is current (rotation). Additional authenticated data binds a ciphertext
// to its row: copied into another row (or another agency's), it fails to decrypt. Failures throw;
// there is never a plaintext fallback.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";
const KEY_ID = /^[A-Za-z0-9_-]{1,40}$/;

export class KeyringError extends Error {
  override name = "KeyringError";
}

export interface Keyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

function parseKeySpec(spec: string, label: string): [string, Buffer] {
  const separator = spec.indexOf(":");
  const id = spec.slice(0, separator).trim();
  const material = spec.slice(separator + 1).trim();
  if (separator < 1 || !KEY_ID.test(id)) {
    throw new KeyringError(`${label} must look like <keyId>:<base64 key>, with a key id of letters, digits, - or _`);
  }
  const key = Buffer.from(material, "base64");
  if (key.length !== 32) throw new KeyringError(`${label} (key id ${id}) must decode to 32 bytes, got ${key.length}`);
  return [id, key];
}

/** Builds a keyring from `ENCRYPTION_KEY` and `ENCRYPTION_PREVIOUS_KEYS`. */
export function parseKeyring(current: string, previous = ""): Keyring {
  const [currentKeyId, currentKey] = parseKeySpec(current, "ENCRYPTION_KEY");
  const keys = new Map<string, Buffer>([[currentKeyId, currentKey]]);
  for (const spec of previous.split(",").filter((part) => part.trim() !== "")) {
    const [id, key] = parseKeySpec(spec, "ENCRYPTION_PREVIOUS_KEYS");
    if (keys.has(id)) throw new KeyringError(`Key id ${id} appears twice in the encryption keys`);
    keys.set(id, key);
  }
  return { currentKeyId, keys };
}

export function generateKeySpec(keyId: string): string {
  return `${keyId}:${randomBytes(32).toString("base64")}`;
}

export function encryptSecret(keyring: Keyring, plaintext: string, associatedData: string): string {
  const key = keyring.keys.get(keyring.currentKeyId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url"));
  return [VERSION, keyring.currentKeyId, ...parts].join(".");
}

export function envelopeKeyId(envelope: string): string {
  const [version, keyId] = envelope.split(".");
  if (version !== VERSION || !keyId) throw new KeyringError("Unrecognised secret envelope version");
  return keyId;
}

export function decryptSecret(keyring: Keyring, envelope: string, associatedData: string): string {
  const segments = envelope.split(".");
  if (segments.length !== 5 || segments[0] !== VERSION) throw new KeyringError("Unrecognised secret envelope version");
  const [, keyId, ivText, ciphertextText, tagText] = segments as [string, string, string, string, string];
  const key = keyring.keys.get(keyId);
  if (!key) throw new KeyringError(`Secret was encrypted with key id ${keyId}, which is not configured`);
  const iv = Buffer.from(ivText, "base64url");
  const tag = Buffer.from(tagText, "base64url");
  if (iv.length !== 12 || tag.length !== 16) throw new KeyringError("Malformed secret envelope");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(Buffer.from(associatedData, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(ciphertextText, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    // Tampered ciphertext, wrong key material, or a ciphertext moved to another row.
    throw new KeyringError("Secret failed authentication; it was altered or belongs to another record");
  }
}

/** True when the envelope was written by an older key and should be re-encrypted. */
export function needsReencryption(keyring: Keyring, envelope: string): boolean {
  return envelopeKeyId(envelope) !== keyring.currentKeyId;
}
