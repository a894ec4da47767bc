// GET /api/clients/:clientId/phone-numbers/available?country&areaCode&contains&pageSize&page → {numbers (+nationalFormat), page, pageSize, country, bundleRequired}
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { queryParams } from "@/lib/api/query-params";
import { requiresBundle } from "@/lib/phone/regulated";
import { NUMBER_SEARCH_PARAMS, numberSearchQuerySchema, upstreamNumberQuery, withNationalFormat } from "@/lib/phone/search-schemas";

type Params = { clientId: string };

export const GET = withClient<Params>("number:read", async ({ request, client, upstream }) => {
  const query = upstreamNumberQuery(queryParams(request, numberSearchQuerySchema, NUMBER_SEARCH_PARAMS), client.country);
  const page = await (await upstream()).phoneNumbers.searchAvailable(query);
  return ok({
    numbers: page.numbers.map(withNationalFormat),
    page: page.page,
    pageSize: page.pageSize,
    country: page.country,
    // Lets the UI say "needs an approved bundle" before anyone clicks Assign.
    bundleRequired: requiresBundle(page.country),
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
