// What a PATCH of a client records: its name and country as one field-level edit, and a new key as
// its own event (a key replacement is looked for on its own: "who swapped Acme's key?"). The keys
// themselves never appear, only their last four characters.
import type { ClientAccountView } from "@/lib/clients/schemas";
import { fieldChanges, recordAudit, type AuditActor } from "./record";

type ClientFacts = Pick<ClientAccountView, "id" | "name" | "country" | "keyHint" | "keyVersion">;

export async function recordClientChanges(actor: AuditActor, before: ClientFacts, after: ClientFacts): Promise<void> {
  const target = { type: "client", id: after.id, name: after.name };
  const changes = fieldChanges(before, after, ["name", "country"]);
  if (changes.length > 0) await recordAudit(actor, { action: "client.update", client: after, target, changes });
  if (after.keyVersion !== before.keyVersion) {
    await recordAudit(actor, {
      action: "client.key_replace",
      client: after,
      target,
      changes: [{ field: "keyHint", before: `…${before.keyHint}`, after: `…${after.keyHint}` }],
    });
  }
}
