// Mailing invitation links, when SMTP_URL is set. The portal needs no mail server: the inviter always
// gets the link to copy, and a mail that fails is reported, never fatal (the invitation stands).
// Only the error's message is logged — never the mail itself, which carries the link's token.
import nodemailer from "nodemailer";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { serverEnv } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";

export type MailOutcome = { sent: true } | { sent: false; reason: "not_configured" | "failed" };

export interface InvitationMail {
  to: string;
  url: string;
  agencyName: string;
  inviterName: string;
  role: Role;
  expiresAt: Date;
}

// A slow or silent mail server must not hold the inviter's request for nodemailer's default minutes.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** Transport options from SMTP_URL (nodemailer drops other options when given a URL, timeouts included). */
export function smtpOptions(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    ...TIMEOUTS,
  };
}

function fromAddress(smtpUrl: string): string {
  const configured = serverEnv().SMTP_FROM;
  if (configured) return configured;
  return `OnCallClerk Agency Portal <no-reply@${new URL(smtpUrl).hostname}>`;
}

export function invitationText(mail: InvitationMail): string {
  return [
    `${mail.inviterName} invited you to join ${mail.agencyName} on the OnCallClerk Agency Portal as ${ROLE_LABELS[mail.role]}.`,
    "",
    `Accept the invitation: ${mail.url}`,
    "",
    `The link works once and expires on ${mail.expiresAt.toUTCString()}. If you did not expect this, ignore this email.`,
  ].join("\n");
}

export async function sendInvitationMail(mail: InvitationMail): Promise<MailOutcome> {
  const smtpUrl = serverEnv().SMTP_URL;
  if (!smtpUrl) return { sent: false, reason: "not_configured" };
  const transport = nodemailer.createTransport(smtpOptions(smtpUrl));
  try {
    await transport.sendMail({
      from: fromAddress(smtpUrl),
      to: mail.to,
      subject: `${mail.inviterName} invited you to ${mail.agencyName}`,
      text: invitationText(mail),
    });
    return { sent: true };
  } catch (error) {
    console.error(`invitation mail to the SMTP server failed: ${error instanceof Error ? error.message : String(error)}`);
    return { sent: false, reason: "failed" };
  } finally {
    transport.close();
  }
}
