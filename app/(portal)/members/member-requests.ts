// The members page's calls to our API (one place for the paths and shapes).
import type { ClientGrant, Role } from "@/lib/generated/prisma/enums";
import { apiFetch } from "@/lib/swr/fetcher";

export interface AccessChoice {
  role: Role;
  allClients: boolean;
  clientIds: string[];
  clientGrants: ClientGrant[];
}

export interface IssuedLink {
  url: string;
  email: string;
  expiresAt: string;
  /** sent: mailed too; not_configured: no SMTP_URL; failed: the mail server refused or was down. */
  mail: "sent" | "not_configured" | "failed";
}

type Issued = { invitation: { email: string; expiresAt: string }; url: string; mail: { sent: true } | { sent: false; reason: "not_configured" | "failed" } };
const linkOf = (issued: Issued): IssuedLink => ({
  url: issued.url,
  email: issued.invitation.email,
  expiresAt: issued.invitation.expiresAt,
  mail: issued.mail.sent ? "sent" : issued.mail.reason,
});

/** Only the fields the role takes: the API refuses a client list for an owner, grants for a member. */
export function accessBody(choice: AccessChoice) {
  if (choice.role === "owner" || choice.role === "admin") return { role: choice.role };
  if (choice.role === "client_user") return { role: choice.role, clientIds: choice.clientIds.slice(0, 1), clientGrants: choice.clientGrants };
  return choice.allClients ? { role: choice.role, allClients: true } : { role: choice.role, allClients: false, clientIds: choice.clientIds };
}

export async function inviteRequest(email: string, choice: AccessChoice): Promise<IssuedLink> {
  return linkOf(await apiFetch<Issued>("/api/invitations", { method: "POST", json: { email, ...accessBody(choice) } }));
}

export async function resendRequest(invitationId: string): Promise<IssuedLink> {
  return linkOf(await apiFetch<Issued>(`/api/invitations/${encodeURIComponent(invitationId)}/resend`, { method: "POST" }));
}

export function revokeRequest(invitationId: string) {
  return apiFetch(`/api/invitations/${encodeURIComponent(invitationId)}`, { method: "DELETE" });
}

export function updateMemberRequest(memberId: string, choice: AccessChoice) {
  return apiFetch(`/api/members/${encodeURIComponent(memberId)}`, { method: "PATCH", json: accessBody(choice) });
}

export function removeMemberRequest(memberId: string) {
  return apiFetch<{ left: boolean; tokensRevoked: number }>(`/api/members/${encodeURIComponent(memberId)}`, { method: "DELETE" });
}
