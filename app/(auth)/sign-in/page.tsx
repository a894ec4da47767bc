import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Brand } from "@/app/_components/brand";
import { getPageUser } from "@/lib/auth/page-context";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { serverEnv } from "@/lib/env";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  // A signed-in person with no agency left (removed from their last one) is sent here by every
  // portal page; redirecting them on would loop, so they stay and may sign out.
  const noAgency = params.error === "NoAgency";
  if (!noAgency && (await getPageUser())) redirect(callbackUrl);
  return (
    <div className="card auth-card">
      <div className="card-body">
        <Brand />
        <h1 style={{ marginBottom: 4 }}>Sign in</h1>
        <p className="muted" style={{ marginTop: 0, marginBottom: 20 }}>Manage every client&apos;s AI receptionist from one place.</p>
        {params.signedOut === "1" && !params.error ? (
          <div className="alert info" role="status" style={{ marginBottom: 16 }}>You are signed out.</div>
        ) : null}
        {noAgency ? (
          <div className="alert warn" style={{ marginBottom: 16 }}>Your account is not part of any agency any more. Ask an agency owner to invite you.</div>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} />
        {serverEnv().SIGNUP_ENABLED ? (
          <p className="auth-foot">New here? <Link href="/sign-up">Create an agency account</Link></p>
        ) : null}
      </div>
    </div>
  );
}
