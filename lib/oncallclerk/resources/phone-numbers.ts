import { paths } from "../paths";
import * as b from "../schemas/bundles";
import { isoCountrySchema } from "../schemas/common";
import * as n from "../schemas/numbers";
import type { Transport } from "../transport";
import { parseRequest } from "../validate";

function bundleForm(input: b.CreateBundleInput, files: b.BundleFiles): FormData {
  // Multipart is only needed for the documents; scalar fields go as plain fields and the nested
  // compliance object as one JSON string field, which is how the upstream reads it.
  const form = new FormData();
  form.set("isoCountryCode", input.isoCountryCode);
  if (input.complianceType) form.set("complianceType", input.complianceType);
  if (input.complianceData) form.set("complianceData", JSON.stringify(input.complianceData));
  for (const name of ["proofOfIdentity", "proofOfAddress"] as const) {
    const file = files[name];
    if (!file) continue;
    const filename = file instanceof File && file.name ? file.name : name;
    form.set(name, file, filename);
  }
  return form;
}

export function createPhoneNumbersApi(request: Transport) {
  return {
    async searchAvailable(query: n.AvailableNumbersQuery = {}): Promise<n.AvailableNumbersPage> {
      const q = parseRequest(n.availableNumbersQuerySchema, query, "number search");
      const res = await request({ method: "GET", path: paths.availableNumbers(), query: q, schema: n.availableNumbersResponseSchema, what: "number list" });
      // Fall back to the documented defaults when the upstream omits the paging echo.
      return {
        numbers: res.data.numbers,
        page: res.data.page ?? q.page ?? 0,
        pageSize: res.data.pageSize ?? q.pageSize ?? 10,
        country: res.data.country ?? q.country ?? "US",
      };
    },

    async listRegulatoryBundles(isoCountry: string): Promise<b.RegulatoryBundle[]> {
      const country = parseRequest(isoCountrySchema, isoCountry, "country code");
      const res = await request({ method: "GET", path: paths.regulatoryBundles(country), schema: b.bundleListResponseSchema, what: "bundle list" });
      return res.data.bundles;
    },

    /** JSON without files; multipart/form-data as soon as one document is given. */
    async createRegulatoryBundle(input: b.CreateBundleInput, files: b.BundleFiles = {}): Promise<b.CreatedBundle> {
      const valid = parseRequest(b.createBundleInputSchema, input, "regulatory bundle");
      const multipart = files.proofOfIdentity !== undefined || files.proofOfAddress !== undefined;
      const body = multipart ? { form: bundleForm(valid, files) } : { json: valid };
      const res = await request({ method: "POST", path: paths.regulatoryBundle(), ...body, schema: b.createBundleResponseSchema, what: "bundle result" });
      return { bundleSid: res.bundleSid };
    },
  };
}

export type PhoneNumbersApi = ReturnType<typeof createPhoneNumbersApi>;
