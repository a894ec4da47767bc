"use client";
// The client's bundles for one country, server-rendered first; SWR refreshes it after a new bundle
// is submitted (here) and shares it with the numbers page's assignment check.
import type { RegulatoryBundle } from "@/lib/oncallclerk";
import { isApprovedBundle } from "@/lib/phone/regulated";
import { useBundles } from "@/lib/swr/use-bundles";
import { BundleStatusBadge, bundleStatusMeaning } from "./bundle-status";

export function BundleList({
  clientId,
  country,
  countryName,
  initialBundles,
  required,
}: {
  clientId: string;
  country: string;
  countryName: string;
  initialBundles: RegulatoryBundle[];
  required: boolean;
}) {
  const { data: bundles = initialBundles, isValidating } = useBundles(clientId, country, initialBundles);
  const approved = bundles.some(isApprovedBundle);
  return (
    <section className="card" aria-labelledby="bundle-list-heading" aria-busy={isValidating}>
      <div className="card-body stack" style={{ paddingBottom: bundles.length ? 12 : undefined }}>
        <div className="row" style={{ justifyContent: "space-between" }}>
          <h2 id="bundle-list-heading">{countryName} bundles</h2>
          {required ? (
            <span className={`badge ${approved ? "ok" : "warn"}`}>{approved ? "Numbers can be assigned" : "No approved bundle yet"}</span>
          ) : (
            <span className="badge plain">Numbers need no bundle here</span>
          )}
        </div>
        {bundles.length === 0 ? (
          <p className="muted" style={{ margin: 0 }}>
            {required
              ? `This client has no ${countryName} bundle yet. Submit one below; numbers can be assigned once it is approved.`
              : `This client has no ${countryName} bundles. OnCallClerk does not ask for one before assigning numbers here.`}
          </p>
        ) : null}
      </div>
      {bundles.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-labelledby="bundle-list-heading">
            <thead>
              <tr>
                <th scope="col">Bundle</th>
                <th scope="col">Status</th>
                <th scope="col">What it means</th>
              </tr>
            </thead>
            <tbody>
              {bundles.map((bundle) => (
                <tr key={bundle.sid}>
                  <td>
                    <div className="primary">{bundle.name || "Unnamed bundle"}</div>
                    <div className="mono muted">{bundle.sid}</div>
                  </td>
                  <td><BundleStatusBadge status={bundle.status} /></td>
                  <td className="small muted">{bundleStatusMeaning(bundle.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
