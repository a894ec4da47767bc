// The search form: one GET form whose fields are the URL's parameters. Filters fold away under a
// summary that says how many are set.
import { CALL_OUTCOMES, TRANSCRIPT_TYPES } from "@/lib/oncallclerk";
import type { TranscriptSearchParams } from "@/lib/transcripts/search-params";
import type { VisibleClient } from "@/lib/transcripts/visible-clients";
import { LiveSearchForm } from "./live-search-form";
import { LiveSearchInput } from "./live-search-input";

export interface AgentOption {
  clientId: string;
  agentId: string;
  name: string;
}

const RATINGS = ["1", "2", "3", "4", "5"];
const DURATIONS = [
  { value: "60", label: "1 min" }, { value: "120", label: "2 min" }, { value: "300", label: "5 min" }, { value: "600", label: "10 min" }, { value: "1200", label: "20 min" },
];

function Select({ name, label, value, options, empty }: { name: string; label: string; value: string | undefined; options: { value: string; label: string }[]; empty: string }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} className="input" defaultValue={value ?? ""}>
        <option value="">{empty}</option>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}

export function SearchFilters({ action, clients, fixedClientId, agents, params, problems, maskCallers }: {
  action: string;
  /** Numbers are masked for this person: the search does not offer to find callers by number. */
  maskCallers: boolean;
  clients: VisibleClient[];
  fixedClientId?: string;
  agents: AgentOption[];
  params: TranscriptSearchParams;
  problems: Record<string, string[]>;
}) {
  // (problems are listed above the results; the panel opens so the fields they name are in view)
  const hasProblems = Object.keys(problems).length > 0;
  const set = [
    !fixedClientId && params.clientId.length > 0, params.agentId, params.type.length > 0, params.outcome.length > 0, params.ratingMin !== undefined,
    params.ratingMax !== undefined, params.from, params.to, params.durationMin !== undefined, params.durationMax !== undefined,
  ].filter(Boolean).length;
  const agentChoices = agents.filter((agent) => fixedClientId || params.clientId.length !== 1 || agent.clientId === params.clientId[0]);
  const clientName = new Map(clients.map((client) => [client.id, client.name]));
  return (
    <LiveSearchForm action={action} label="Call search" className="card card-body search-form">
      <div className="row search-main">
        <LiveSearchInput byNumber={!maskCallers} defaultValue={params.q ?? ""} placeholder={fixedClientId || clients.length === 1 ? "Search this client's calls" : "Search every client's calls, e.g. leak -kitchen"} />
        <button type="submit" className="btn primary">Search</button>
      </div>
      <details className="filters" open={set > 0 || hasProblems}>
        <summary>Filters{set > 0 ? ` (${set} set)` : ""}</summary>
        <div className="form-grid filter-grid">
          {!fixedClientId && clients.length > 1 ? (
            <fieldset className="field span-2">
              <legend className="field-label">Clients <span className="muted small">(none ticked = all {clients.length})</span></legend>
              <div className="client-checks">
                {clients.map((client) => (
                  <label key={client.id} className="check">
                    <input type="checkbox" name="clientId" value={client.id} defaultChecked={params.clientId.includes(client.id)} /> {client.name}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          {agentChoices.length > 1 ? (
            <Select name="agentId" label="Agent" value={params.agentId} empty="Any agent"
              options={agentChoices.map((agent) => ({ value: agent.agentId, label: fixedClientId ? agent.name : `${agent.name} (${clientName.get(agent.clientId) ?? "?"})` }))} />
          ) : null}
          <Select name="type" label="Call type" value={params.type[0]} empty="Any type" options={TRANSCRIPT_TYPES.map((type) => ({ value: type, label: type }))} />
          <Select name="outcome" label="Outcome" value={params.outcome[0]} empty="Any outcome" options={CALL_OUTCOMES.map((outcome) => ({ value: outcome, label: outcome }))} />
          <Select name="ratingMin" label="Rating at least" value={params.ratingMin?.toString()} empty="Any" options={RATINGS.map((r) => ({ value: r, label: `${r} ★` }))} />
          <Select name="ratingMax" label="Rating at most" value={params.ratingMax?.toString()} empty="Any" options={RATINGS.map((r) => ({ value: r, label: `${r} ★` }))} />
          <div className="field">
            <label htmlFor="filter-from">From</label>
            <input id="filter-from" name="from" type="date" className="input" defaultValue={params.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">To</label>
            <input id="filter-to" name="to" type="date" className="input" defaultValue={params.to ?? ""} aria-describedby="filter-dates-hint" />
            <span id="filter-dates-hint" className="hint">Days in each client&apos;s own time zone</span>
          </div>
          <Select name="durationMin" label="Longer than" value={params.durationMin?.toString()} empty="Any length" options={DURATIONS} />
          <Select name="durationMax" label="Shorter than" value={params.durationMax?.toString()} empty="Any length" options={DURATIONS} />
          <Select name="sort" label="Order" value={params.sort} empty="Best match (words)" options={[{ value: "date", label: "Newest first" }]} />
        </div>
        <div className="row filter-actions">
          <button type="submit" className="btn">Apply filters</button>
          <a className="small" href={action}>Clear all</a>
        </div>
      </details>
    </LiveSearchForm>
  );
}
