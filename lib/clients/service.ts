// Client accounts of an agency. Every query carries the agency id: a client id from another agency
// behaves exactly like one that does not exist.
import { randomUUID } from "node:crypto";
import { ApiError, notFound } from "@/lib/api/errors";
import { fromUpstreamError } from "@/lib/api/upstream-errors";
import type { Access } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { isOnCallClerkError, type Usage } from "@/lib/oncallclerk";
import { encryptApiKey, keyFingerprintOf } from "./api-key";
import { clientAccountSelect, clientNameKey, keyHintOf, type ClientAccountView, type CreateClientInput, type UpdateClientInput } from "./schemas";
import { upstreamForKey } from "./upstream";

export type { ClientAccountView };

/** Every client of the agency, for work done on the agency's behalf (sync, bulk targets checked later). */
export function listClientAccounts(agencyId: string): Promise<ClientAccountView[]> {
  return db().clientAccount.findMany({ where: { agencyId }, orderBy: { name: "asc" }, select: clientAccountSelect });
}

/** The clients this person sees: the agency's, narrowed to their assignments. */
export function listVisibleClientAccounts(context: { agency: { id: string }; access: Access }): Promise<ClientAccountView[]> {
  return db().clientAccount.findMany({ where: visibleClientWhere(context), orderBy: { name: "asc" }, select: clientAccountSelect });
}

/** The Prisma filter for "clients this person sees" (the agency id always in it). */
export function visibleClientWhere(context: { agency: { id: string }; access: Access }) {
  const { clientIds } = context.access;
  return clientIds === null ? { agencyId: context.agency.id } : { agencyId: context.agency.id, id: { in: [...clientIds] } };
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
    // Only a read, and nothing is saved without its answer: an outage here changed nothing.
    if (isOnCallClerkError(error)) throw fromUpstreamError(error, "unchanged");
    throw error;
  }
}

const nameTaken = () =>
  new ApiError(409, "conflict", "A client with this name already exists", {
    fieldErrors: { name: ["You already have a client with this name"] },
  });

const keyTaken = (name: string) =>
  new ApiError(409, "conflict", `This OnCallClerk account is already connected as ${name}`, {
    fieldErrors: { apiKey: [`This key is already connected as "${name}".`] },
  });

/**
 * The cheap local checks, before any upstream call: names (normalised, case-insensitive) and keys
 * are unique. Names are compared here rather than in SQL so that rows stored before names were
 * normalised (with doubled or odd spaces) still count; an agency has few enough clients for that.
 */
async function assertUnique(agencyId: string, check: { name?: string; fingerprint?: string }, exceptClientId?: string) {
  const others = { agencyId, ...(exceptClientId ? { NOT: { id: exceptClientId } } : {}) };
  if (check.name !== undefined) {
    const wanted = clientNameKey(check.name);
    const names = await db().clientAccount.findMany({ where: others, select: { name: true } });
    if (names.some(({ name }) => clientNameKey(name) === wanted)) throw nameTaken();
  }
  if (check.fingerprint !== undefined) {
    const clash = await db().clientAccount.findFirst({ where: { ...others, keyFingerprint: check.fingerprint }, select: { name: true } });
    if (clash) throw keyTaken(clash.name);
  }
}

/** The unique indexes still decide when two requests race past assertUnique. */
function uniqueViolation(error: unknown): ApiError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  return JSON.stringify(error.meta ?? {}).includes("keyFingerprint") ? keyTaken("another client") : nameTaken();
}

function keyColumns(agencyId: string, clientId: string, apiKey: string) {
  return {
    encryptedApiKey: encryptApiKey(agencyId, clientId, apiKey),
    keyHint: keyHintOf(apiKey),
    keyFingerprint: keyFingerprintOf(apiKey),
    status: "active" as const,
    statusMessage: null,
    statusCheckedAt: new Date(),
  };
}

export async function createClientAccount(agencyId: string, input: CreateClientInput) {
  await assertUnique(agencyId, { name: input.name, fingerprint: keyFingerprintOf(input.apiKey) });
  const usage = await verifyApiKey(input.apiKey);
  const id = randomUUID();
  try {
    const client = await db().clientAccount.create({
      data: { id, agencyId, name: input.name, plan: usage.plan ?? null, ...(input.country ? { country: input.country } : {}), ...keyColumns(agencyId, id, input.apiKey) },
      select: clientAccountSelect,
    });
    return { client, usage };
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
}

export async function updateClientAccount(agencyId: string, clientId: string, input: UpdateClientInput) {
  const existing = await findClientAccount(agencyId, clientId);
  if (!existing) throw notFound("No such client");
  await assertUnique(agencyId, { name: input.name, fingerprint: input.apiKey && keyFingerprintOf(input.apiKey) }, clientId);
  const data: Prisma.ClientAccountUpdateManyMutationInput = {};
  if (input.name !== undefined) data.name = input.name;
  if (input.country !== undefined) data.country = input.country;
  if (input.apiKey !== undefined) {
    const usage = await verifyApiKey(input.apiKey);
    Object.assign(data, keyColumns(agencyId, clientId, input.apiKey), { keyVersion: { increment: 1 }, plan: usage.plan ?? null });
  }
  try {
    const { count } = await db().clientAccount.updateMany({ where: { id: clientId, agencyId }, data });
    if (count === 0) throw notFound("No such client");
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
  return (await findClientAccount(agencyId, clientId))!;
}

export async function deleteClientAccount(agencyId: string, clientId: string): Promise<void> {
  const { count } = await db().clientAccount.deleteMany({ where: { id: clientId, agencyId } });
  if (count === 0) throw notFound("No such client");
}

/**
 * Records what OnCallClerk last said about the client's key. `keyVersion` is the version the call
 * used: if the key was replaced meanwhile, the outcome belongs to the old key and is dropped.
 */
export async function markClientStatus(
  agencyId: string,
  client: Pick<ClientAccountView, "id" | "keyVersion">,
  status: ClientAccountView["status"],
  message: string | null,
): Promise<void> {
  await db().clientAccount.updateMany({
    where: { id: client.id, agencyId, keyVersion: client.keyVersion },
    data: { status, statusMessage: message, statusCheckedAt: new Date() },
  });
}

/** The plan OnCallClerk reported in /usage, kept to size the key's request budget. */
export async function recordClientPlan(agencyId: string, client: Pick<ClientAccountView, "id" | "keyVersion">, plan: string): Promise<void> {
  await db().clientAccount.updateMany({ where: { id: client.id, agencyId, keyVersion: client.keyVersion, NOT: { plan } }, data: { plan } });
}
