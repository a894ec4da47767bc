"use client";
// The link of an invitation just made or re-sent. It is shown only now: the portal keeps its hash,
// not the link, so a lost link is replaced by re-sending.
import { useState } from "react";
import { useToast } from "@/app/_components/toaster";
import type { IssuedLink } from "./member-requests";

const MAIL_NOTE: Record<IssuedLink["mail"], string> = {
  sent: "We also emailed it to them. ",
  not_configured: "No mail server is configured: send this link to them yourself. ",
  failed: "Emailing it failed (the mail server did not accept it): send this link to them yourself. ",
};

export function InviteLink({ link, onDone }: { link: IssuedLink; onDone: () => void }) {
  const toast = useToast();
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
      toast.show("Invitation link copied.");
    } catch {
      toast.show("Could not copy: select the link and copy it yourself.", "error");
    }
  }

  const expires = new Date(link.expiresAt).toLocaleDateString(undefined, { day: "numeric", month: "long", year: "numeric" });
  return (
    <div className="invite-link alert info" role="status">
      <div className="stack" style={{ gap: 8, width: "100%" }}>
        <strong>Invitation for {link.email}</strong>
        <div className="row invite-link-row">
          <input className="input mono" readOnly value={link.url} aria-label="Invitation link" onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="btn primary" onClick={() => void copy()}>{copied ? "Copied" : "Copy link"}</button>
        </div>
        <span className="small">
          {MAIL_NOTE[link.mail]}
          It works once and expires in 7 days ({expires}). This is the only time the link is shown; re-send to get a new one.
        </span>
        <div><button type="button" className="btn small-btn" onClick={onDone}>Done</button></div>
      </div>
    </div>
  );
}
