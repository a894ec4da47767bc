"use client";
// Open invitations: pending ones with their expiry, expired ones marked so. Re-send makes a new link
// (shown here once, the old one dies); revoke kills the link.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useToast } from "@/app/_components/toaster";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { InvitationView } from "@/lib/invitations/schemas";
import { ApiRequestError } from "@/lib/swr/fetcher";
import { InviteLink } from "./invite-link";
import { ConfirmActionButton } from "@/app/_components/confirm-action-button";
import { resendRequest, revokeRequest, type IssuedLink } from "./member-requests";

function reach(invitation: InvitationView): string {
  if (invitation.role === "owner" || invitation.role === "admin" || invitation.allClients) return "All clients";
  return invitation.clients.map((client) => client.name).join(", ") || "No clients (removed since)";
}

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });

export function InvitationsTable({ invitations, canManage }: { invitations: InvitationView[]; canManage: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [link, setLink] = useState<IssuedLink | null>(null);

  async function act(invitationId: string, action: () => Promise<string>) {
    setBusy(invitationId);
    try {
      toast.show(await action());
      router.refresh();
    } catch (error) {
      toast.show(error instanceof ApiRequestError ? error.message : "Something went wrong. Try again.", "error");
    } finally {
      setBusy(null);
    }
  }

  const resend = (invitation: InvitationView) =>
    act(invitation.id, async () => {
      setLink(await resendRequest(invitation.id));
      return `New link for ${invitation.email}: the old one no longer works.`;
    });

  return (
    <div className="stack">
      {link ? <InviteLink link={link} onDone={() => setLink(null)} /> : null}
      {invitations.length === 0 ? (
        <p className="muted" style={{ margin: 0 }}>No open invitations. People you invite show up here until they accept.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Open invitations">
            <thead>
              <tr><th>Email</th><th>Role</th><th>Clients</th><th>Invited by</th><th>Expires</th>{canManage ? <th><span className="visually-hidden">Actions</span></th> : null}</tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <td className="primary wrap-anywhere">{invitation.email}</td>
                  <td>{ROLE_LABELS[invitation.role]}</td>
                  <td>{reach(invitation)}</td>
                  <td>{invitation.invitedBy ? invitation.invitedBy.name || invitation.invitedBy.email : <span className="faint">Someone who left</span>}</td>
                  <td className="nowrap">
                    {invitation.status === "expired" ? <span className="badge warn">Expired {day(invitation.expiresAt)}</span> : day(invitation.expiresAt)}
                  </td>
                  {canManage ? (
                    <td className="nowrap actions-cell">
                      <button type="button" className="btn small-btn" disabled={busy === invitation.id} onClick={() => void resend(invitation)} aria-label={`Re-send the invitation for ${invitation.email}`}>Re-send</button>
                      <ConfirmActionButton
                        label="Revoke"
                        title={`Revoke the invitation for ${invitation.email}?`}
                        confirmLabel="Revoke invitation"
                        pendingLabel="Revoking…"
                        action={async () => {
                          await revokeRequest(invitation.id);
                          if (link?.email === invitation.email) setLink(null);
                        }}
                        done={`Invitation for ${invitation.email} revoked.`}
                      >
                        The link stops working at once. You can invite {invitation.email} again later.
                      </ConfirmActionButton>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
