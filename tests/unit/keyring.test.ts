import { describe, expect, it } from "vitest";
import {
  decryptSecret,
  encryptSecret,
  envelopeKeyId,
  generateKeySpec,
  KeyringError,
  needsReencryption,
  parseKeyring,
} from "@/lib/crypto/keyring";

const current = generateKeySpec("k2");
const old = generateKeySpec("k1");
const AAD = "oncallclerk-api-key:agency=a1:client=c1";

describe("keyring envelope", () => {
  it("round-trips and never contains the plaintext", () => {
    const keyring = parseKeyring(current);
    const envelope = encryptSecret(keyring, "sim_professional_SECRET123", AAD);
    expect(envelope.startsWith("v1.k2.")).toBe(true);
    expect(envelope).not.toContain("SECRET123");
    expect(decryptSecret(keyring, envelope, AAD)).toBe("sim_professional_SECRET123");
  });

  it("uses a fresh IV each time", () => {
    const keyring = parseKeyring(current);
    expect(encryptSecret(keyring, "same", AAD)).not.toBe(encryptSecret(keyring, "same", AAD));
  });

  it("refuses a ciphertext moved to another row (additional authenticated data)", () => {
    const keyring = parseKeyring(current);
    const envelope = encryptSecret(keyring, "key", AAD);
    expect(() => decryptSecret(keyring, envelope, "oncallclerk-api-key:agency=a2:client=c1")).toThrow(KeyringError);
    expect(() => decryptSecret(keyring, envelope, "oncallclerk-api-key:agency=a1:client=c2")).toThrow(KeyringError);
  });

  it("detects tampering of any segment", () => {
    const keyring = parseKeyring(current);
    const segments = encryptSecret(keyring, "a secret value", AAD).split(".");
    for (const index of [2, 3, 4]) {
      const altered = [...segments];
      const bytes = Buffer.from(altered[index]!, "base64url");
      bytes[0] = bytes[0]! ^ 0x01;
      altered[index] = bytes.toString("base64url");
      expect(() => decryptSecret(keyring, altered.join("."), AAD)).toThrow(KeyringError);
    }
  });

  it("decrypts with an older key during rotation and says it needs re-encryption", () => {
    const before = parseKeyring(old);
    const envelope = encryptSecret(before, "rotated", AAD);
    const during = parseKeyring(current, old);
    expect(decryptSecret(during, envelope, AAD)).toBe("rotated");
    expect(needsReencryption(during, envelope)).toBe(true);
    expect(needsReencryption(during, encryptSecret(during, "rotated", AAD))).toBe(false);
    expect(envelopeKeyId(envelope)).toBe("k1");
  });

  it("fails loudly, naming the key id, when the key is gone", () => {
    const envelope = encryptSecret(parseKeyring(old), "x", AAD);
    expect(() => decryptSecret(parseKeyring(current), envelope, AAD)).toThrow(/key id k1/);
  });

  it("rejects unknown versions and plaintext instead of passing them through", () => {
    const keyring = parseKeyring(current);
    expect(() => decryptSecret(keyring, "sim_professional_plain", AAD)).toThrow(KeyringError);
    expect(() => decryptSecret(keyring, "v2.k2.a.b.c", AAD)).toThrow(/version/);
  });

  it("validates key material at parse time", () => {
    expect(() => parseKeyring("k1:" + Buffer.alloc(16).toString("base64"))).toThrow(/32 bytes/);
    expect(() => parseKeyring("no-separator")).toThrow(/keyId/);
    expect(() => parseKeyring("bad id!:" + Buffer.alloc(32).toString("base64"))).toThrow(KeyringError);
    expect(() => parseKeyring(current, current)).toThrow(/twice/);
  });
});
