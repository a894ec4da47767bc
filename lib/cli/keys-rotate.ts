// `npm run keys:rotate [-- --check] [--batch-size N]`: re-encrypts every stored client API key that is
// not under the current ENCRYPTION_KEY (see README: "Rotating the encryption key"). --check only
// counts. Prints one line of JSON; exits 1 when a row could not be read (or, with --check, when
// anything still needs rotating), so a deploy script can gate "remove the old key" on it.
// Uses DATABASE_URL, or the embedded database, like the other commands.
import { parseArgs } from "node:util";
import { rotateApiKeys } from "@/lib/clients/key-rotation";
import { parseKeyring } from "@/lib/crypto/keyring";
import { disconnectDb } from "@/lib/db/client";
import { applyLocalSecrets } from "./local-secrets";
import { prepareDatabase } from "./portal-process";

const { values } = parseArgs({
  options: { check: { type: "boolean", default: false }, "batch-size": { type: "string" } },
  strict: true,
});

function fail(message: string): never {
  console.error(`keys:rotate: ${message}`);
  process.exit(2);
}

const batchSize = values["batch-size"] === undefined ? 200 : Number(values["batch-size"]);
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) fail("--batch-size must be a whole number from 1 to 10000");
if (process.env.NODE_ENV !== "production") applyLocalSecrets(process.cwd(), () => {});
if (!process.env.ENCRYPTION_KEY) fail("ENCRYPTION_KEY is not set (the new key, with the old one in ENCRYPTION_PREVIOUS_KEYS)");
let keyring;
try {
  keyring = parseKeyring(process.env.ENCRYPTION_KEY, process.env.ENCRYPTION_PREVIOUS_KEYS ?? "");
} catch (error) {
  fail((error as Error).message);
}

const database = await prepareDatabase(() => {});
let exitCode = 0;
try {
  const report = await rotateApiKeys(keyring, { check: values.check, batchSize });
  for (const failure of report.failed) console.error(`keys:rotate: client ${failure.clientId} (agency ${failure.agencyId}): ${failure.reason}`);
  const verb = report.mode === "check" ? "need rotation" : "rotated";
  console.error(`keys:rotate: ${report.rotated} ${verb}, ${report.alreadyCurrent} already current (key ${report.currentKeyId}), ${report.failed.length} failed`);
  console.log(JSON.stringify({ ...report, failed: report.failed.length, failures: report.failed }));
  if (report.failed.length > 0 || (report.mode === "check" && report.rotated > 0)) exitCode = 1;
} catch (error) {
  console.error(`keys:rotate: ${(error as Error).message}`);
  exitCode = 2;
} finally {
  await disconnectDb();
  await database.stop();
}
process.exit(exitCode);
