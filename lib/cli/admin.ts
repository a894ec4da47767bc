// `npm run admin -- create-user --email E --password P --agency NAME [--name N] [--role member]`
// For operators who run the portal with SIGNUP_ENABLED=false. Prints one line of JSON.
import { parseArgs } from "node:util";
import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";
import { createUserForOperator, EmailTakenError } from "@/lib/auth/users";
import { db, disconnectDb } from "@/lib/db/client";
import { prepareDatabase } from "./portal-process";

const USAGE = "Usage: npm run admin -- create-user --email E --password P --agency NAME [--name N] [--role owner|admin|member|viewer]";

const createUserArgs = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  agency: z.string().trim().min(1, "is required").max(100),
  name: z.string().trim().min(1).max(100).optional(),
  role: z.enum(["owner", "admin", "member", "viewer"]).optional(),
});

function fail(message: string): never {
  console.error(JSON.stringify({ ok: false, error: message }));
  process.exit(1);
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      agency: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
    },
  });
  if (positionals[0] !== "create-user") fail(USAGE);
  const parsed = createUserArgs.safeParse(values);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `--${issue.path.join(".")} ${issue.message}`).join("; ") + `. ${USAGE}`);
  const args = parsed.data;

  const database = await prepareDatabase(() => {});
  try {
    const created = await createUserForOperator(db(), {
      email: args.email,
      password: args.password,
      agencyName: args.agency,
      name: args.name ?? args.email.split("@")[0]!,
      ...(args.role ? { role: args.role } : {}),
    });
    console.log(JSON.stringify({ ok: true, userId: created.user.id, email: created.user.email, agencyId: created.agency.id, agencyCreated: created.agency.created, role: created.role }));
  } catch (error) {
    if (error instanceof EmailTakenError) fail(error.message);
    throw error;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error: Error) => fail(error.message));
