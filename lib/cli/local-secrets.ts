// Local (non-production) secrets: generated once into .data/secrets.json so `npm run demo` and
// `npm run dev` work with zero setup. Production never uses this: it must be given real secrets.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateKeySpec } from "@/lib/crypto/keyring";

interface LocalSecrets {
  encryptionKey: string;
  nextauthSecret: string;
}

/** Fills ENCRYPTION_KEY and NEXTAUTH_SECRET from .data/secrets.json (creating it) when unset. */
export function applyLocalSecrets(root = process.cwd(), log: (line: string) => void = console.log): void {
  if (process.env.ENCRYPTION_KEY && process.env.NEXTAUTH_SECRET) return;
  const file = path.join(root, ".data", "secrets.json");
  let secrets: LocalSecrets;
  if (existsSync(file)) {
    secrets = JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  } else {
    secrets = { encryptionKey: generateKeySpec("local1"), nextauthSecret: randomBytes(32).toString("base64url") };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
    log(`Generated a local encryption key and session secret into ${path.relative(root, file)} (local use only; production needs ENCRYPTION_KEY and NEXTAUTH_SECRET).`);
  }
  process.env.ENCRYPTION_KEY ??= secrets.encryptionKey;
  process.env.NEXTAUTH_SECRET ??= secrets.nextauthSecret;
}
