// POST /api/clients/:clientId/phone-numbers/regulatory-bundle — JSON, or multipart/form-data with proofOfIdentity/proofOfAddress → 201 {bundleSid, …}
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { readBundleRequest } from "@/lib/phone/bundle-request";
import { createBundle } from "@/lib/phone/create-bundle";

type Params = { clientId: string };

export const POST = withClient<Params>("bundle:create", async ({ request, client, upstream }) => {
  const { body, files } = await readBundleRequest(request, client.country);
  const { bundleSid } = await createBundle(await upstream(), body, files);
  return ok(
    {
      bundleSid,
      isoCountry: body.isoCountryCode,
      complianceType: body.complianceType ?? "business",
      documents: Object.keys(files),
    },
    201,
  );
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
