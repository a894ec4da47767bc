// `npm run dev` (next dev) and `npm start` (next start, production): embedded database when
// DATABASE_URL is unset, migrations applied before the server starts.
import { assertSecrets } from "@/lib/env";
import { applyLocalSecrets } from "./local-secrets";
import { prepareDatabase, runNext } from "./portal-process";

const command = process.argv[2] === "start" ? "start" : "dev";

if (command === "start") {
  // Production refuses to start without real secrets: a generated local key would make every
  // stored client key unreadable on the next machine.
  const missing = ["ENCRYPTION_KEY", "NEXTAUTH_SECRET"].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    console.error(`Refusing to start in production: ${missing.join(" and ")} must be set (see README: Environment).`);
    process.exit(1);
  }
  // Malformed secrets are refused too, before anything (migrations included) touches the database.
  try {
    assertSecrets();
  } catch (error) {
    console.error(`Refusing to start in production. ${(error as Error).message}`);
    process.exit(1);
  }
} else {
  applyLocalSecrets();
}

try {
  const database = await prepareDatabase();
  await runNext(command, database);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
