// Client accounts of an agency. Every query carries the agency id: a client id from another agency
// behaves exactly like one that does not exist.
import { randomUUID } from "node:crypto";
import { ApiError, notFound } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { isOnCallClerkError, type Usage } from "@/lib/oncallclerk";
import { encryptApiKey } from "./api-key";
import { clientAccountSelect, keyHintOf, type ClientAccountView, type CreateClientInput, type UpdateClientInput } from "./schemas";
import { upstreamForKey } from "./upstream";

export type { ClientAccountView };

export function listClientAccounts(agencyId: string): Promise<ClientAccountView[]> {
  return db().clientAccount.findMany({ where: { agencyId }, orderBy: { name: "asc" }, select: clientAccountSelect });
}

export function findClientAccount(agencyId: string, clientId: string): Promise<ClientAccountView | null> {
  return db().clientAccount.findFirst({ where: { id: clientId, agencyId }, select: clientAccountSelect });
}

/**
 * Checks a key with OnCallClerk (`GET /usage`) before anything is saved. A rejected key is the
 * user's mistake (422 on the field); an upstream outage is not (502), and neither saves anything.
 */
export async function verifyApiKey(apiKey: string): Promise<Usage> {
  try {
    return await upstreamForKey(apiKey).usage.get();
  } catch (error) {
    if (isOnCallClerkError(error) && (error.kind === "invalid_key" || error.kind === "forbidden")) {
      throw new ApiError(422, "api_key_rejected", "OnCallClerk rejected this API key", {
        fieldErrors: { apiKey: ["OnCallClerk did not accept this key. Copy it again from the client's OnCallClerk dashboard."] },
      });
    }
    throw error;
  }
}

/** The unique index still decides when two requests race past assertNameFree. */
function duplicateName(error: unknown): ApiError | null {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? nameTaken() : null;
}

function nameTaken(): ApiError {
  return new ApiError(409, "conflict", "A client with this name already exists", {
    fieldErrors: { name: ["You already have a client with this name"] },
  });
}

async function assertNameFree(agencyId: string, name: string, exceptClientId?: string): Promise<void> {
  const clash = await db().clientAccount.findFirst({
    where: { agencyId, name, ...(exceptClientId ? { NOT: { id: exceptClientId } } : {}) },
    select: { id: true },
  });
  if (clash) throw nameTaken();
}

export async function createClientAccount(agencyId: string, input: CreateClientInput) {
  // The cheap local check first: a duplicate name should not cost an upstream call.
  await assertNameFree(agencyId, input.name);
  const usage = await verifyApiKey(input.apiKey);
  const id = randomUUID();
  try {
    const client = await db().clientAccount.create({
      data: {
        id,
        agencyId,
        name: input.name,
        encryptedApiKey: encryptApiKey(agencyId, id, input.apiKey),
        keyHint: keyHintOf(input.apiKey),
        status: "active",
        statusCheckedAt: new Date(),
      },
      select: clientAccountSelect,
    });
    return { client, usage };
  } catch (error) {
    throw duplicateName(error) ?? error;
  }
}

export async function updateClientAccount(agencyId: string, clientId: string, input: UpdateClientInput) {
  const existing = await findClientAccount(agencyId, clientId);
  if (!existing) throw notFound("No such client");
  const data: Prisma.ClientAccountUpdateManyMutationInput = {};
  if (input.name !== undefined) {
    await assertNameFree(agencyId, input.name, clientId);
    data.name = input.name;
  }
  if (input.apiKey !== undefined) {
    await verifyApiKey(input.apiKey);
    Object.assign(data, {
      encryptedApiKey: encryptApiKey(agencyId, clientId, input.apiKey),
      keyHint: keyHintOf(input.apiKey),
      status: "active",
      statusMessage: null,
      statusCheckedAt: new Date(),
    });
  }
  try {
    const { count } = await db().clientAccount.updateMany({ where: { id: clientId, agencyId }, data });
    if (count === 0) throw notFound("No such client");
  } catch (error) {
    throw duplicateName(error) ?? error;
  }
  return (await findClientAccount(agencyId, clientId))!;
}

export async function deleteClientAccount(agencyId: string, clientId: string): Promise<void> {
  const { count } = await db().clientAccount.deleteMany({ where: { id: clientId, agencyId } });
  if (count === 0) throw notFound("No such client");
}

export async function markClientStatus(
  agencyId: string,
  clientId: string,
  status: ClientAccountView["status"],
  message: string | null,
): Promise<void> {
  await db().clientAccount.updateMany({
    where: { id: clientId, agencyId },
    data: { status, statusMessage: message, statusCheckedAt: new Date() },
  });
}
