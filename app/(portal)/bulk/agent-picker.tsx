"use client";
// Step 1: agents of every client, grouped by client, with a text filter and "select all" per client
// (the shown agents of that client). A client whose agents could not be read shows why in its group.
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { AgentGroup, PickerAgent } from "./load-agent-groups";

export const targetKey = (clientId: string, agentId: string) => JSON.stringify([clientId, agentId]);

function matches(needle: string, group: AgentGroup, agent: PickerAgent): boolean {
  if (!needle) return true;
  const digits = needle.replace(/\D/g, "");
  const text = [group.clientName, agent.name, agent.businessName, agent.id].filter(Boolean).join(" ").toLowerCase();
  return text.includes(needle) || (digits.length >= 3 && (agent.phoneNumber ?? "").replace(/\D/g, "").includes(digits));
}

function GroupCheckbox({ label, checked, indeterminate, onChange }: { label: string; checked: boolean; indeterminate: boolean; onChange: (checked: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-label={label} />;
}

export function AgentPicker({
  groups,
  selected,
  onSelect,
  filter,
  onFilter,
  canFixKeys,
}: {
  groups: AgentGroup[];
  selected: ReadonlySet<string>;
  onSelect: (next: Set<string>) => void;
  filter: string;
  onFilter: (text: string) => void;
  canFixKeys: boolean;
}) {
  const needle = filter.trim().toLowerCase();
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(selected);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    onSelect(next);
  };
  const shownGroups = groups
    .map((group) => ({ group, agents: group.ok ? group.agents.filter((agent) => matches(needle, group, agent)) : [] }))
    .filter(({ group, agents }) => !needle || agents.length > 0 || (!group.ok && group.clientName.toLowerCase().includes(needle)));

  return (
    <div className="stack">
      <div className="row bulk-filter">
        <label className="visually-hidden" htmlFor="bulk-filter">Filter agents</label>
        <input id="bulk-filter" type="search" className="input" value={filter} onChange={(event) => onFilter(event.target.value)} placeholder="Filter by client, agent, business or number" />
        <button type="button" className="btn" onClick={() => onSelect(new Set())} disabled={selected.size === 0}>Clear selection</button>
      </div>
      {shownGroups.length === 0 ? <p className="muted">No agent matches “{filter.trim()}”.</p> : null}
      {shownGroups.map(({ group, agents }) => {
        const keys = agents.map((agent) => targetKey(group.clientId, agent.id));
        const chosen = keys.filter((key) => selected.has(key)).length;
        const total = group.ok ? group.agents.length : 0;
        const allLabel = needle && agents.length < total ? `Select the ${agents.length} shown agents of ${group.clientName}` : `Select all agents of ${group.clientName}`;
        return (
          <fieldset key={group.clientId} className="bulk-group">
            <legend className="bulk-group-head">
              {group.ok && agents.length > 0 ? (
                <GroupCheckbox label={allLabel} checked={chosen === keys.length} indeterminate={chosen > 0 && chosen < keys.length} onChange={(on) => toggle(keys, on)} />
              ) : null}
              <strong>{group.clientName}</strong>
              <span className="muted small">{group.ok ? (needle && agents.length < total ? `${agents.length} of ${total} agents` : `${total} agent${total === 1 ? "" : "s"}`) : "agents not loaded"}</span>
            </legend>
            {!group.ok ? (
              <div className="alert warn small" role="note">
                <div>
                  Could not read this client&apos;s agents: {group.error.message}{" "}
                  {canFixKeys ? <Link href={`/clients/${group.clientId}/settings`}>Check its API key</Link> : null}
                </div>
              </div>
            ) : group.agents.length === 0 ? (
              <p className="muted small bulk-none">This client has no agents.</p>
            ) : (
              <ul className="bulk-agent-list">
                {agents.map((agent) => {
                  const key = targetKey(group.clientId, agent.id);
                  return (
                    <li key={agent.id}>
                      <label className={`bulk-agent ${selected.has(key) ? "selected" : ""}`}>
                        <input type="checkbox" checked={selected.has(key)} onChange={(event) => toggle([key], event.target.checked)} />
                        <span className="bulk-agent-name">{agent.name}</span>
                        <span className="muted small">{agent.businessName}</span>
                        <span className="mono small faint">{agent.phoneNumber ?? "no number"}</span>
                        {agent.status && agent.status !== "active" ? <span className="badge warn">{agent.status}</span> : null}
                      </label>
                    </li>
                  );
                })}
              </ul>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
