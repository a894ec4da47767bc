// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { prepareDatabase } from "./portal-process";

try {
  const database = await prepareDatabase();
  await database.stop();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
