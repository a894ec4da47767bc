import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Brand } from "@/app/_components/brand";
import { getPageUser } from "@/lib/auth/page-context";
import { serverEnv } from "@/lib/env";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an agency account" };

export default async function SignUpPage() {
  if (await getPageUser()) redirect("/");
  const open = serverEnv().SIGNUP_ENABLED;
  return (
    <div className="card auth-card">
      <div className="card-body">
        <Brand />
        <h1 style={{ marginBottom: 4 }}>Create your agency</h1>
        {open ? (
          <>
            <p className="muted" style={{ marginTop: 0, marginBottom: 20 }}>You will be the owner. Add your clients next.</p>
            <SignUpForm />
          </>
        ) : (
          <div className="alert info" style={{ marginTop: 16 }}>
            Sign-up is closed on this portal. Ask your administrator for an account.
          </div>
        )}
        <p className="auth-foot">Already have an account? <Link href="/sign-in">Sign in</Link></p>
      </div>
    </div>
  );
}
