"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="btn link" onClick={() => signOut({ callbackUrl: "/sign-in?signedOut=1" })}>
      Sign out
    </button>
  );
}
