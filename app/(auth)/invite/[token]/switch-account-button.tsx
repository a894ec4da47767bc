"use client";
// Signed in as someone else: sign out, then sign in as the invited person and come back here.
import { signOut } from "next-auth/react";

export function SwitchAccountButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <button type="button" className="btn primary" onClick={() => void signOut({ callbackUrl })}>
      Sign out and use another account
    </button>
  );
}
