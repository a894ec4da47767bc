// An invitation link: public (the token is the key). Shows which agency invites whom, with what
// role, and lets the invited person join: signed in as them → Join; signed in as someone else → said
// plainly, with a way to switch; signed out → sign up (the email fixed) or sign in and come back.
import type { Metadata } from "next";
import Link from "next/link";
import { Brand } from "@/app/_components/brand";
import { getPageUser } from "@/lib/auth/page-context";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { previewInvitation } from "@/lib/invitations/invitation-preview";
import { InvitedSignUpForm } from "./invited-sign-up-form";
import { JoinButton } from "./join-button";
import { SwitchAccountButton } from "./switch-account-button";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [preview, user] = await Promise.all([previewInvitation(token), getPageUser()]);
  const here = `/invite/${encodeURIComponent(token)}`;

  if (preview.state !== "open") {
    return (
      <div className="card auth-card">
        <div className="card-body stack">
          <Brand />
          <h1 style={{ margin: 0 }}>{preview.state === "invalid" ? "This link does not work" : "This invitation cannot be used"}</h1>
          <div className="alert warn" role="alert">
            {preview.state === "invalid" ? "The invitation link is not valid. If it was re-sent, use the newest link; otherwise ask the agency for a new one." : preview.message}
          </div>
          <p className="auth-foot">{user ? <Link href="/">Go to the portal</Link> : <Link href="/sign-in">Sign in</Link>}</p>
        </div>
      </div>
    );
  }

  const expires = new Date(preview.expiresAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <div className="card auth-card">
      <div className="card-body stack">
        <Brand />
        <div>
          <h1 style={{ margin: "0 0 4px" }}>Join {preview.agencyName}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {preview.inviterName ? `${preview.inviterName} invited you` : "You are invited"} as <strong>{ROLE_LABELS[preview.role]}</strong>
            {preview.clientNames.length > 0 ? ` for ${preview.clientNames.join(", ")}` : ""}.
          </p>
        </div>
        <p className="muted invite-facts-line">For <strong>{preview.email}</strong> · valid until {expires}</p>
        {user && user.email === preview.email ? (
          <JoinButton token={token} agencyName={preview.agencyName} />
        ) : user ? (
          <>
            <div className="alert warn" role="alert">
              <div>
                <strong>This invitation is for {preview.email}.</strong>
                You are signed in as {user.email}. Sign in as {preview.email} to accept it.
              </div>
            </div>
            <SwitchAccountButton callbackUrl={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} />
          </>
        ) : preview.hasAccount ? (
          <>
            <p style={{ margin: 0 }}>{preview.email} already has an account. Sign in to join.</p>
            <Link className="btn primary" href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>Sign in to accept</Link>
          </>
        ) : (
          <>
            <InvitedSignUpForm token={token} email={preview.email} agencyName={preview.agencyName} />
            <p className="auth-foot" style={{ marginTop: 0 }}>Already have an account? <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>Sign in</Link></p>
          </>
        )}
      </div>
    </div>
  );
}
