"use client";
// One page of available numbers: number (national and E.164), type, region, capabilities, and
// "Assign" → choose the agent → confirm. In a country that needs a regulatory bundle and has no
// approved one, rows link to the bundle page instead of offering a call that would be refused.
import Link from "next/link";
import { useState } from "react";
import { PhoneIcon } from "@/app/_components/icons";
import type { Agent } from "@/lib/oncallclerk";
import { countryLabel } from "@/lib/phone/regulated";
import type { ShownNumber } from "@/lib/phone/search-schemas";
import type { ApiRequestError } from "@/lib/swr/fetcher";
import type { AvailableNumbersResult, NumberSearch } from "@/lib/swr/use-numbers";
import { bundleStatusLabel } from "../bundles/bundle-status";
import { PhoneNumberText } from "./agent-numbers-card";
import { AssignPanel } from "./assign-panel";

export type BundleGate =
  | { kind: "none" }
  | { kind: "checking"; country: string }
  | { kind: "approved"; country: string }
  | { kind: "unknown"; country: string }
  | { kind: "missing"; country: string; statuses: string[] };

const TYPE_LABELS: Record<string, string> = { local: "Local", mobile: "Mobile", "toll-free": "Toll-free", tollfree: "Toll-free", national: "National" };
const CAPABILITIES = [["voice", "Voice"], ["SMS", "SMS"], ["MMS", "MMS"]] as const;

const bundlesHref = (clientId: string, country: string) => `/clients/${clientId}/bundles?country=${country}`;

function GateNotice({ gate, clientId, canCreateBundle }: { gate: BundleGate; clientId: string; canCreateBundle: boolean }) {
  if (gate.kind === "none" || gate.kind === "unknown") return null;
  const label = countryLabel(gate.country);
  if (gate.kind === "checking") return <div className="alert info" role="status">Checking this client&apos;s regulatory bundles for {label}…</div>;
  if (gate.kind === "approved") {
    return (
      <div className="alert info" role="status">
        <div>{label} numbers need a regulatory bundle; this client has an approved one, so they can be assigned. <Link href={bundlesHref(clientId, gate.country)}>See bundles</Link></div>
      </div>
    );
  }
  const known = [...new Set(gate.statuses.map(bundleStatusLabel))];
  return (
    <div className="alert warn" role="status">
      <div className="stack" style={{ gap: 8 }}>
        <div>
          <strong>{label} numbers need an approved regulatory bundle</strong>
          {known.length === 0 ? "This client has no bundle for this country yet." : `This client's bundles here are not approved yet (${known.join(", ").toLowerCase()}).`} Numbers can be assigned once one is approved.
        </div>
        <div className="row">
          <Link className="btn" href={bundlesHref(clientId, gate.country)}>{canCreateBundle ? `Create a bundle for ${gate.country}` : `See ${gate.country} bundles`}</Link>
        </div>
      </div>
    </div>
  );
}

function ResultsSkeleton() {
  return (
    <div className="card-body stack" aria-busy="true" aria-label="Searching numbers">
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="row" style={{ gap: 24 }}>
          <div className="skeleton" style={{ width: 170 }} />
          <div className="skeleton" style={{ width: 60 }} />
          <div className="skeleton" style={{ width: 90 }} />
          <div className="skeleton" style={{ width: 120 }} />
        </div>
      ))}
      <span className="small muted">Searching OnCallClerk&apos;s available numbers…</span>
    </div>
  );
}

function RowAction(props: { number: ShownNumber; gate: BundleGate; clientId: string; open: boolean; onOpen: () => void; noAgents: boolean }) {
  const { gate, number } = props;
  if (gate.kind === "missing") {
    return <Link className="needs-bundle" href={bundlesHref(props.clientId, gate.country)} aria-label={`Bundle needed before assigning ${number.nationalFormat}`}>Bundle needed</Link>;
  }
  return (
    <button type="button" className="btn small-btn" onClick={props.onOpen} disabled={props.open || props.noAgents || gate.kind === "checking"} aria-label={`Assign ${number.nationalFormat}`} aria-expanded={props.open}>
      Assign
    </button>
  );
}

export function NumberResults(props: {
  clientId: string;
  search: NumberSearch;
  page: AvailableNumbersResult | undefined;
  loading: boolean;
  pending: boolean;
  error: ApiRequestError | null;
  onRetry: () => void;
  onPage: (page: number) => void;
  agents: Agent[];
  national: Record<string, string>;
  onAssigned: (e164: string, national: string) => void;
  gate: BundleGate;
  canAssign: boolean;
  canCreateBundle: boolean;
}) {
  const { page, search, clientId } = props;
  const [open, setOpen] = useState<string | null>(null);

  if (props.error && !page) {
    return (
      <div className="card-body" style={{ paddingTop: 0 }}>
        <div className="alert warn" role="alert">
          <div className="stack" style={{ gap: 8 }}>
            <div><strong>The search did not work</strong>{props.error.message}</div>
            <div><button type="button" className="btn" onClick={props.onRetry}>Try again</button></div>
          </div>
        </div>
      </div>
    );
  }
  if (!page) return props.loading ? <ResultsSkeleton /> : null;

  const shownPage = page.page ?? search.page;
  const hasNext = page.numbers.length >= page.pageSize;
  return (
    <div className="number-results" aria-busy={props.pending}>
      {props.gate.kind !== "none" || props.error ? (
        <div className="card-body stack" style={{ paddingTop: 0 }}>
          {props.error ? <div className="alert warn" role="alert">{props.error.message} <button type="button" className="btn small-btn" onClick={props.onRetry}>Try again</button></div> : null}
          <GateNotice gate={props.gate} clientId={clientId} canCreateBundle={props.canCreateBundle} />
        </div>
      ) : null}
      {page.numbers.length === 0 ? (
        <div className="empty" style={{ borderTop: "1px solid var(--border)" }}>
          <div className="icon"><PhoneIcon /></div>
          <h2>{shownPage > 0 ? "No more numbers" : "No numbers found"}</h2>
          <p>
            {shownPage > 0
              ? "That was the last page of this search."
              : `OnCallClerk has no available ${countryLabel(page.country)} numbers matching this search. Try a nearby area code, or fewer digits in “contains”.`}
          </p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table number-table">
            <caption className="visually-hidden">Available {countryLabel(page.country)} numbers, page {shownPage + 1}</caption>
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Type</th>
                <th scope="col">Region</th>
                <th scope="col">Capabilities</th>
                {props.canAssign ? <th scope="col"><span className="visually-hidden">Action</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {page.numbers.map((number) => (
                <NumberRow key={number.phoneNumber} number={number} {...props} open={open === number.phoneNumber} setOpen={setOpen} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="pager">
        <span className="muted small">
          Page {shownPage + 1}
          {page.numbers.length > 0 ? ` · ${page.numbers.length} number${page.numbers.length === 1 ? "" : "s"}` : ""}
          {props.pending ? " · updating…" : ""}
        </span>
        <div className="row" style={{ gap: 8 }}>
          <button type="button" className="btn" disabled={shownPage === 0 || props.pending} onClick={() => props.onPage(shownPage - 1)}>Previous</button>
          <button type="button" className="btn" disabled={!hasNext || props.pending} onClick={() => props.onPage(shownPage + 1)}>Next</button>
        </div>
      </div>
    </div>
  );
}

function NumberRow(props: Parameters<typeof NumberResults>[0] & { number: ShownNumber; open: boolean; setOpen: (value: string | null) => void }) {
  const { number, open, setOpen } = props;
  const capabilities = CAPABILITIES.filter(([key]) => number.capabilities?.[key]);
  return (
    <>
      <tr className={open ? "row-open" : undefined}>
        <td><PhoneNumberText e164={number.phoneNumber} national={number.nationalFormat} /></td>
        <td>{TYPE_LABELS[number.type ?? ""] ?? number.type ?? "—"}</td>
        <td>{number.region || <span className="faint">—</span>}</td>
        <td>
          {capabilities.length === 0 ? <span className="faint">—</span> : (
            <span className="caps">{capabilities.map(([key, label]) => <span key={key} className="cap">{label}</span>)}</span>
          )}
        </td>
        {props.canAssign ? (
          <td className="action-cell">
            <RowAction number={number} gate={props.gate} clientId={props.clientId} open={open} noAgents={props.agents.length === 0} onOpen={() => setOpen(number.phoneNumber)} />
          </td>
        ) : null}
      </tr>
      {open ? (
        <tr className="assign-row">
          <td colSpan={5}>
            <AssignPanel
              clientId={props.clientId}
              number={number}
              agents={props.agents}
              national={props.national}
              onCancel={() => setOpen(null)}
              onAssigned={() => {
                props.onAssigned(number.phoneNumber, number.nationalFormat);
                setOpen(null);
              }}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
