// GET /api/clients/:clientId/phone-numbers/regulatory-bundles/:isoCountry — the client's bundles for a country → array
import { z } from "zod";
import { parseWith } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { isoCountryParamSchema } from "@/lib/phone/search-schemas";

type Params = { clientId: string; isoCountry: string };

const paramsSchema = z.object({ isoCountry: isoCountryParamSchema });

export const GET = withClient<Params>("number:read", async ({ params, upstream }) => {
  const { isoCountry } = parseWith(paramsSchema, params);
  return ok(await (await upstream()).phoneNumbers.listRegulatoryBundles(isoCountry));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
