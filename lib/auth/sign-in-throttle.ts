// Slows password guessing: after MAX_FAILURES wrong passwords for an email within WINDOW, that email
// cannot sign in for LOCK (every app instance shares the counter through the database). Keyed by
// email rather than IP, which proxies make unreliable; the lock is short so a deliberate lock-out
// of someone else costs the attacker continuous effort.
import { db } from "@/lib/db/client";

export const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;

export class SignInLockedError extends Error {
  override name = "SignInLockedError";
  constructor(readonly retryAfterMinutes: number) {
    super(`Too many failed sign-ins for this email. Try again in ${retryAfterMinutes} minute${retryAfterMinutes === 1 ? "" : "s"}.`);
  }
}

export async function assertNotLocked(email: string): Promise<void> {
  const row = await db().signInThrottle.findUnique({ where: { email } });
  const now = Date.now();
  if (row?.lockedUntil && row.lockedUntil.getTime() > now) {
    throw new SignInLockedError(Math.max(1, Math.ceil((row.lockedUntil.getTime() - now) / 60_000)));
  }
}

export async function recordFailedSignIn(email: string): Promise<void> {
  // One atomic upsert, so concurrent guesses (from any instance) are all counted.
  const windowSeconds = WINDOW_MS / 1000;
  const [row] = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" (email, failures, "windowStartedAt") VALUES (${email}, 1, now())
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN "SignInThrottle"."windowStartedAt" < now() - make_interval(secs => ${windowSeconds})
                      THEN 1 ELSE "SignInThrottle".failures + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < now() - make_interval(secs => ${windowSeconds})
                      THEN now() ELSE "SignInThrottle"."windowStartedAt" END
    RETURNING failures`;
  if (row && row.failures >= MAX_FAILURES) {
    await db().signInThrottle.update({
      where: { email },
      data: { failures: 0, windowStartedAt: new Date(), lockedUntil: new Date(Date.now() + LOCK_MS) },
    });
  }
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { email } });
}
