// Creating a regulatory bundle without ever creating two. OnCallClerk's bundles of the country are
// listed first; when the create's answer is lost, they are listed again and a bundle that was not
// there before is the one this request made. Listing first costs one read per create, which is
// cheap next to a duplicate compliance submission that OnCallClerk's reviewers would see.
import { notMade, outcomeUnknown, writeOrReadBack } from "@/lib/api/lost-answer";
import type { BundleFiles, OnCallClerkClient } from "@/lib/oncallclerk";
import type { CreateBundleBody } from "./bundle-schemas";

export async function createBundle(oncallclerk: OnCallClerkClient, body: CreateBundleBody, files: BundleFiles): Promise<{ bundleSid: string }> {
  const country = body.isoCountryCode;
  const before = new Set((await oncallclerk.phoneNumbers.listRegulatoryBundles(country)).map((bundle) => bundle.sid));
  return writeOrReadBack(
    () => oncallclerk.phoneNumbers.createRegulatoryBundle(body, files),
    async (lost) => {
      const added = (await oncallclerk.phoneNumbers.listRegulatoryBundles(country)).filter((bundle) => !before.has(bundle.sid));
      // Exactly one new bundle is ours; none means it was not made. Two (someone else submitting
      // at the same moment) cannot be told apart, so the outcome stays open.
      if (added.length === 1) return { bundleSid: added[0]!.sid };
      if (added.length === 0) throw notMade(lost, `the client's ${country} bundles are as before`);
      throw outcomeUnknown(`the ${country} bundle was created`, `the client's ${country} bundles`);
    },
    () => outcomeUnknown(`the ${country} bundle was created`, `the client's ${country} bundles`),
  );
}
