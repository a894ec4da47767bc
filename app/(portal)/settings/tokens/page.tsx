// API tokens: personal tokens for scripts and integrations (Authorization: Bearer occ_…), each with
// a role no higher than its owner's. People see their own; those who manage members see and can
// revoke everyone's in the agency.
import type { Metadata } from "next";
import { requirePageAction } from "@/lib/auth/page-context";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { listApiTokens, tokenRolesFor, type ApiTokenView } from "@/lib/tokens/service";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";
import { tokenDate } from "./token-requests";

export const metadata: Metadata = { title: "API tokens" };

const STATE_BADGE: Record<ApiTokenView["state"], { label: string; tone: string }> = {
  active: { label: "Active", tone: "ok" },
  expired: { label: "Expired", tone: "warn" },
  revoked: { label: "Revoked", tone: "danger" },
};

export default async function ApiTokensPage() {
  const context = await requirePageAction("token:create");
  const everyone = can(context.access, "member:manage");
  const tokens = await listApiTokens(context, everyone ? "agency" : "mine");
  const roles = tokenRolesFor(context.role).map((role) => ({ value: role, label: ROLE_LABELS[role] }));
  return (
    <>
      <div className="page-header">
        <div>
          <h1>API tokens</h1>
          <p>
            For scripts and integrations: send <code>Authorization: Bearer occ_…</code> to any <code>/api</code> route of the portal. A token acts
            as you, never beyond its role, and only in {context.agency.name}.
          </p>
        </div>
      </div>
      <div className="stack">
        <CreateTokenForm roles={roles} />
        <section className="card" aria-labelledby="token-list-title">
          <div className="card-body">
            <h2 id="token-list-title">{everyone ? `Tokens in ${context.agency.name}` : "Your tokens"}</h2>
          </div>
          {tokens.length === 0 ? (
            <div className="empty">
              <h2>No API tokens yet</h2>
              <p>Create one above for each script or integration, so each can be revoked on its own.</p>
            </div>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label="API tokens">
                <thead>
                  <tr>
                    <th>Name</th>
                    {everyone ? <th>Owner</th> : null}
                    <th>Role</th>
                    <th>Created</th>
                    <th>Expires</th>
                    <th>Last used</th>
                    <th>State</th>
                    <th><span className="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((token) => (
                    <tr key={token.id}>
                      <td>
                        <div className="primary">{token.name}</div>
                        <code className="small muted">{token.prefix}…</code>
                      </td>
                      {everyone ? <td>{token.mine ? "You" : <span title={token.owner.email}>{token.owner.name || token.owner.email}</span>}</td> : null}
                      <td>{ROLE_LABELS[token.role]}</td>
                      <td className="nowrap">{tokenDate(token.createdAt)}</td>
                      <td className="nowrap">{tokenDate(token.expiresAt, "Never")}</td>
                      <td className="nowrap">{tokenDate(token.lastUsedAt, "Never", true)}</td>
                      <td><span className={`badge ${STATE_BADGE[token.state].tone}`}>{STATE_BADGE[token.state].label}{token.state === "revoked" ? ` ${tokenDate(token.revokedAt)}` : ""}</span></td>
                      <td className="nowrap">
                        {token.state === "revoked" ? null : <RevokeTokenButton tokenId={token.id} name={token.name} owner={token.mine ? null : token.owner.name || token.owner.email} />}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
