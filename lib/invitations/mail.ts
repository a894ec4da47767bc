// Mailing invitation links. The portal needs no mail server: the inviter always gets the link to copy.
// No SMTP transport is built in yet (no mail library is installed), so every invitation answers
// `not_configured` and the members page says to send the link by hand. This is the one seam to
// wire a transport into; the callers already report its outcome.
import type { Role } from "@/lib/generated/prisma/enums";

export type MailOutcome = { sent: true } | { sent: false; reason: "not_configured" };

export interface InvitationMail {
  to: string;
  url: string;
  agencyName: string;
  inviterName: string;
  role: Role;
  expiresAt: Date;
}

export async function sendInvitationMail(mail: InvitationMail): Promise<MailOutcome> {
  void mail;
  return { sent: false, reason: "not_configured" };
}
