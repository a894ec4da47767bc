// Everything a bulk request decides before the first upstream call: which targets belong to which
// of the agency's clients, and the change as each client will receive it (numbers in E.164 with the
// client's country). A number that is not valid for one of the chosen clients makes the whole body
// invalid (400, nothing sent): the person typed one number for all of them and should fix it once.
import { validationError, type FieldErrors } from "@/lib/api/errors";
import { resolveChangeForCountry, type BulkChange } from "./bulk-schemas";
import { groupTargetsByClient, type BulkContext, type ClientGroup, type TargetRef } from "./targets";

export interface PreparedBulk<T extends TargetRef> {
  groups: (ClientGroup<T> & { change: BulkChange })[];
  missing: { target: T; index: number }[];
}

export async function prepareBulk<T extends TargetRef>(context: BulkContext, targets: readonly T[], change: BulkChange): Promise<PreparedBulk<T>> {
  const { groups, missing } = await groupTargetsByClient(context, targets);
  const fieldErrors: FieldErrors = {};
  const prepared = groups.map((group) => {
    const resolved = resolveChangeForCountry(change, group.client.country);
    if (resolved.ok) return { ...group, change: resolved.change };
    (fieldErrors[`change.${resolved.field}`] ??= []).push(`${group.client.name}: ${resolved.message}`);
    return { ...group, change };
  });
  if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors, "A phone number is not valid for every chosen client");
  return { groups: prepared, missing };
}
