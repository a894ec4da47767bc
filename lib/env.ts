// Server environment, parsed once with zod. Secrets are checked for shape at boot (a key that does
// not decode to 32 bytes fails at start, not at first use). Never import this from client components.
import { z } from "zod";
import { parseKeyring } from "@/lib/crypto/keyring";

const boolean = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const secretsSchema = z
  .object({
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)"),
    /** `<keyId>:<base64 of 32 bytes>` — the key new ciphertexts are written with. */
    ENCRYPTION_KEY: z.string().min(1, "is required (see README: Environment)"),
    /** Comma-separated `<keyId>:<base64>` keys still accepted for decryption during a rotation. */
    ENCRYPTION_PREVIOUS_KEYS: z.string().default(""),
  })
  .superRefine((env, ctx) => {
    // Parse the keyring now, so a malformed key stops the server at boot, not at first use.
    try {
      parseKeyring(env.ENCRYPTION_KEY, env.ENCRYPTION_PREVIOUS_KEYS);
    } catch (error) {
      if (env.ENCRYPTION_KEY) ctx.addIssue({ code: "custom", path: ["ENCRYPTION_KEY"], message: (error as Error).message });
    }
  });

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL"),
  ONCALLCLERK_BASE_URL: z.url().default("https://api.oncallclerk.com"),
  /** Operators close open sign-up with `false` and create users with `npm run admin`. */
  SIGNUP_ENABLED: boolean.default(true),
  /** Optional: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. When set,
   * invitation links are also mailed; the inviter always sees the link either way. */
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/, "must be an smtp:// or smtps:// URL").optional(),
  /** The From of invitation mails; defaults to the portal's name at the SMTP host. */
  SMTP_FROM: z.string().min(3).max(200).optional(),
}).and(secretsSchema);

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

function parseOrThrow<S extends z.ZodType>(schema: S): z.infer<S> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid server environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

/** Parses process.env (once). Throws one readable error listing every problem. */
export function serverEnv(): ServerEnv {
  cached ??= parseOrThrow(serverEnvSchema);
  return cached;
}

/** Checks only the secrets: `npm start` does this before it touches the database. */
export function assertSecrets(): void {
  parseOrThrow(secretsSchema);
}

/** Tests change the environment between cases. */
export function resetServerEnvForTests(): void {
  cached = undefined;
}
