"use client";
// State of the numbers page: the agents (SWR, server-rendered first), the submitted search, its
// page of results, and whether the searched country needs a bundle this client lacks.
import { useCallback, useState } from "react";
import type { Agent } from "@/lib/oncallclerk";
import { isApprovedBundle } from "@/lib/phone/regulated";
import { ApiRequestError } from "@/lib/swr/fetcher";
import { useBundles } from "@/lib/swr/use-bundles";
import { useAgentNumbers, useAvailableNumbers, type NumberSearch } from "@/lib/swr/use-numbers";
import { AgentNumbersCard } from "./agent-numbers-card";
import { NumberResults, type BundleGate } from "./number-results";
import { NumberSearchForm, type SearchCountry } from "./number-search-form";

export function NumbersWorkspace(props: {
  clientId: string;
  initialCountry: string;
  countries: SearchCountry[];
  initialAgents: Agent[];
  nationalFormats: Record<string, string>;
  canAssign: boolean;
  canCreateBundle: boolean;
  numbersAllowed: boolean;
}) {
  const { clientId } = props;
  const { data: agents = props.initialAgents } = useAgentNumbers(clientId, props.initialAgents);
  // E.164 → national form: the server's for the agents' numbers, the search's for numbers found here.
  const [national, setNational] = useState(props.nationalFormats);
  const [search, setSearch] = useState<NumberSearch>({ country: props.initialCountry, areaCode: "", contains: "", pageSize: 10, page: 0 });
  const results = useAvailableNumbers(clientId, search);
  const page = results.data;

  const bundleCountry = page?.bundleRequired ? page.country : null;
  const bundles = useBundles(clientId, bundleCountry);
  const gate: BundleGate = !bundleCountry
    ? { kind: "none" }
    : bundles.data
      ? bundles.data.some(isApprovedBundle)
        ? { kind: "approved", country: bundleCountry }
        : { kind: "missing", country: bundleCountry, statuses: bundles.data.map((bundle) => bundle.status ?? "unknown") }
      : bundles.error
        ? { kind: "unknown", country: bundleCountry } // the server checks again on assignment
        : { kind: "checking", country: bundleCountry };

  const rememberNational = useCallback((e164: string, text: string) => setNational((current) => ({ ...current, [e164]: text })), []);

  const searchError = results.error instanceof ApiRequestError ? results.error : results.error ? new ApiRequestError(0, "unknown", "The search failed.") : null;
  const fieldErrors = searchError?.fieldErrors ?? {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;

  return (
    <div className="stack" style={{ gap: 16 }}>
      <AgentNumbersCard clientId={clientId} agents={agents} national={national} />
      {!props.numbersAllowed ? (
        <div className="alert danger" role="status">
          <div>
            <strong>Phone numbers are not allowed on this account</strong>
            OnCallClerk only assigns numbers to accounts with an active subscription. Numbers can still be searched.
          </div>
        </div>
      ) : null}
      <section className="card" aria-labelledby="number-search-heading">
        <div className="card-body stack">
          <div>
            <h2 id="number-search-heading">Find a number</h2>
            <p className="muted small" style={{ margin: "4px 0 0" }}>
              {props.canAssign
                ? "Numbers OnCallClerk can assign now. Assigning one to an agent takes it for this client."
                : "Numbers OnCallClerk could assign to this client now. Assigning them is not part of your role; ask your agency."}
            </p>
          </div>
          <NumberSearchForm
            countries={props.countries}
            search={search}
            pending={results.isValidating}
            fieldErrors={fieldErrors}
            onSearch={(next) => setSearch({ ...next, page: 0 })}
          />
        </div>
        <NumberResults
          clientId={clientId}
          search={search}
          page={page}
          loading={results.isLoading}
          pending={results.isValidating}
          error={searchError && !hasFieldErrors ? searchError : null}
          onRetry={() => void results.mutate()}
          onPage={(next) => setSearch({ ...search, page: next })}
          agents={agents}
          national={national}
          onAssigned={rememberNational}
          gate={gate}
          canAssign={props.canAssign && props.numbersAllowed}
          canCreateBundle={props.canCreateBundle}
        />
      </section>
    </div>
  );
}
