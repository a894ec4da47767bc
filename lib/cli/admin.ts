// `npm run admin -- create-user --email E --password P --agency NAME [--name N] [--role member]`
// For operators who run the portal with SIGNUP_ENABLED=false. Prints one line of JSON.
import { parseArgs } from "node:util";
import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";
import { createUserForOperator, EmailTakenError, OperatorInputError } from "@/lib/auth/users";
import { db, disconnectDb } from "@/lib/db/client";
import { prepareDatabase } from "./portal-process";

const USAGE =
  "Usage: npm run --silent admin -- create-user --email E --password P (--agency NAME | --agency-id ID) [--name N] [--role owner|admin|member|viewer]";

const createUserArgs = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  agency: z.string().trim().min(1).max(100).optional(),
  "agency-id": z.string().trim().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(100).optional(),
  role: z.enum(["owner", "admin", "member", "viewer"]).optional(),
}).refine((args) => Boolean(args.agency) !== Boolean(args["agency-id"]), {
  message: "give exactly one of --agency NAME or --agency-id ID",
  path: ["agency"],
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
      "agency-id": { type: "string" },
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
      ...(args.agency ? { agencyName: args.agency } : {}),
      ...(args["agency-id"] ? { agencyId: args["agency-id"] } : {}),
      name: args.name ?? args.email.split("@")[0]!,
      ...(args.role ? { role: args.role } : {}),
    });
    console.log(JSON.stringify({ ok: true, userId: created.user.id, email: created.user.email, agencyId: created.agency.id, agencyCreated: created.agency.created, role: created.role }));
  } catch (error) {
    if (error instanceof EmailTakenError || error instanceof OperatorInputError) fail(error.message);
    throw error;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error: Error) => fail(error.message));
