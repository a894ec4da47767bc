// POST /api/clients/:clientId/phone-numbers/regulatory-bundle — JSON, or multipart/form-data with proofOfIdentity/proofOfAddress → 201 {bundleSid, …}
import { withClient } from "@/lib/api/handler";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { readBundleRequest } from "@/lib/phone/bundle-request";
import { createBundle } from "@/lib/phone/create-bundle";

type Params = { clientId: string };

export const POST = withClient<Params>("bundle:create", async (args) => {
  const { request, client, upstream } = args;
  const { body, files } = await readBundleRequest(request, client.country);
  const { bundleSid } = await createBundle(await upstream(), body, files);
  const submitted = { bundleSid, isoCountry: body.isoCountryCode, complianceType: body.complianceType ?? "business", documents: Object.keys(files) };
  // The compliance data (names, addresses, birth dates) stays out of the log: which bundle, for
  // which country, with which documents is what an audit needs.
  await recordAudit(actorOf(args), { action: "bundle.submit", client, target: { type: "bundle", id: bundleSid, name: body.isoCountryCode }, details: submitted });
  return ok(submitted, 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
