"use client";
// Role and what it reaches, as one controlled group of fields (shared by the invite form and the
// member editor): members and viewers get every client or chosen ones, a client user exactly one
// client and the permissions the agency grants; owners and admins see everything.
import type { ClientGrant, Role } from "@/lib/generated/prisma/enums";
import { CLIENT_GRANT_LABELS, DEFAULT_CLIENT_GRANTS, ROLE_LABELS } from "@/lib/auth/permissions";
import type { AccessChoice } from "./member-requests";

const ROLE_HINTS: Record<Role, string> = {
  owner: "Everything, including removing owners and deleting clients' accounts.",
  admin: "Manages people, clients and keys. Cannot change owners.",
  member: "Works on the agents and numbers of their clients. Deletes nothing.",
  viewer: "Reads their clients' agents, calls and usage. Changes nothing.",
  client_user: "Someone from a client business: sees only that client, with the permissions below.",
};
const GRANTS = Object.keys(CLIENT_GRANT_LABELS) as ClientGrant[];

export function AccessFields({
  idPrefix,
  value,
  onChange,
  roles,
  clients,
  errors,
}: {
  idPrefix: string;
  value: AccessChoice;
  onChange: (next: AccessChoice) => void;
  roles: Role[];
  clients: { id: string; name: string }[];
  errors: Record<string, string[]>;
}) {
  const set = (patch: Partial<AccessChoice>) => onChange({ ...value, ...patch });
  const changeRole = (role: Role) =>
    set({
      role,
      // A client user starts with the default permissions and at most one of the chosen clients.
      ...(role === "client_user" ? { clientIds: value.clientIds.slice(0, 1), clientGrants: value.clientGrants.length ? value.clientGrants : [...DEFAULT_CLIENT_GRANTS] } : {}),
    });
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...new Set([...list, item])] : list.filter((entry) => entry !== item));
  const clientError = errors.clientIds?.[0] ?? errors.allClients?.[0];

  return (
    <div className="stack access-fields">
      <div className="field">
        <label htmlFor={`${idPrefix}-role`}>Role</label>
        <select id={`${idPrefix}-role`} className="input" value={value.role} onChange={(event) => changeRole(event.target.value as Role)} aria-describedby={`${idPrefix}-role-hint`}>
          {roles.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
        </select>
        <span id={`${idPrefix}-role-hint`} className="hint">{ROLE_HINTS[value.role]}</span>
        {errors.role?.[0] ? <span className="error" role="alert">{errors.role[0]}</span> : null}
      </div>

      {value.role === "owner" || value.role === "admin" ? (
        <p className="muted small" style={{ margin: 0 }}>{ROLE_LABELS[value.role]}s see every client.</p>
      ) : clients.length === 0 && value.role === "client_user" ? (
        <div className="alert warn">Add a client first: a client user belongs to one of the agency&apos;s clients.</div>
      ) : clients.length === 0 ? (
        <p className="muted small" style={{ margin: 0 }}>The agency has no clients yet: they will see every client you add.</p>
      ) : value.role === "client_user" ? (
        <>
          <fieldset className="choice-group">
            <legend className="field-label">Client</legend>
            {clients.map((client) => (
              <label key={client.id} className="choice">
                <input type="radio" name={`${idPrefix}-client`} checked={value.clientIds[0] === client.id} onChange={() => set({ clientIds: [client.id] })} />
                {client.name}
              </label>
            ))}
            {clientError ? <span className="error" role="alert">{clientError}</span> : null}
          </fieldset>
          <fieldset className="choice-group">
            <legend className="field-label">They may</legend>
            {GRANTS.map((grant) => (
              <label key={grant} className="choice">
                <input type="checkbox" checked={value.clientGrants.includes(grant)} onChange={(event) => set({ clientGrants: toggle(value.clientGrants, grant, event.target.checked) })} />
                {CLIENT_GRANT_LABELS[grant]}
              </label>
            ))}
            <span className="muted small">Keys, deletions, people and the audit log are never theirs.</span>
            {errors.clientGrants?.[0] ? <span className="error" role="alert">{errors.clientGrants[0]}</span> : null}
          </fieldset>
        </>
      ) : (
        <fieldset className="choice-group">
          <legend className="field-label">Clients</legend>
          <label className="choice">
            <input type="radio" name={`${idPrefix}-scope`} checked={value.allClients} onChange={() => set({ allClients: true })} />
            Every client, including ones added later
          </label>
          <label className="choice">
            <input type="radio" name={`${idPrefix}-scope`} checked={!value.allClients} onChange={() => set({ allClients: false })} />
            Only these:
          </label>
          <div className="choice-list">
            {clients.map((client) => (
              <label key={client.id} className="choice">
                <input
                  type="checkbox"
                  disabled={value.allClients}
                  checked={!value.allClients && value.clientIds.includes(client.id)}
                  onChange={(event) => set({ clientIds: toggle(value.clientIds, client.id, event.target.checked) })}
                />
                {client.name}
              </label>
            ))}
          </div>
          {clientError ? <span className="error" role="alert">{clientError}</span> : null}
        </fieldset>
      )}
    </div>
  );
}
