// The keyring configured for this deployment, from the validated environment.
import { serverEnv } from "@/lib/env";
import { parseKeyring, type Keyring } from "./keyring";

let cached: { source: string; keyring: Keyring } | undefined;

export function serverKeyring(): Keyring {
  const env = serverEnv();
  const source = `${env.ENCRYPTION_KEY}|${env.ENCRYPTION_PREVIOUS_KEYS}`;
  if (cached?.source !== source) cached = { source, keyring: parseKeyring(env.ENCRYPTION_KEY, env.ENCRYPTION_PREVIOUS_KEYS) };
  return cached.keyring;
}
