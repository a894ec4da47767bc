// The audit log's filters: one GET form whose fields are the URL's parameters; with JavaScript
// they apply as they change (the transcript search's live form), without it on "Apply".
import { LiveSearchForm } from "@/app/(portal)/transcripts/_search/live-search-form";
import type { AuditPageData } from "./load-audit";

export function AuditFilters({ data }: { data: AuditPageData }) {
  const { query, clients, people, actions } = data;
  return (
    <LiveSearchForm action="/audit" label="Filter the audit log" className="card card-body audit-filters">
      <div className="form-grid filter-grid">
        {clients.length > 0 ? (
          <div className="field">
            <label htmlFor="audit-client">Client</label>
            <select id="audit-client" name="clientId" className="input" defaultValue={query.clientId ?? ""}>
              <option value="">{data.wholeAgency ? "Any client" : "Any of my clients"}</option>
              {clients.map((client) => <option key={client.id} value={client.id}>{client.name}</option>)}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="audit-actor">Person</label>
          <select id="audit-actor" name="actor" className="input" defaultValue={query.actor ?? ""}>
            <option value="">Anyone</option>
            {people.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" name="action" className="input" defaultValue={query.action ?? ""}>
            <option value="">Any action</option>
            {actions.map((group) => (
              <optgroup key={group.group} label={group.label}>
                <option value={group.group}>All: {group.label.toLowerCase()}</option>
                {group.actions.map((action) => <option key={action.value} value={action.value}>{action.label}</option>)}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" name="from" type="date" className="input" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" name="to" type="date" className="input" defaultValue={query.to ?? ""} aria-describedby="audit-dates-hint" />
          <span id="audit-dates-hint" className="hint">Days in UTC, both included</span>
        </div>
      </div>
      <div className="row filter-actions">
        <button type="submit" className="btn">Apply filters</button>
        <a className="small" href="/audit">Clear all</a>
      </div>
    </LiveSearchForm>
  );
}
