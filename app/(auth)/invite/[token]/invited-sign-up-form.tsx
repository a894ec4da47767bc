"use client";
// Sign-up from an invitation: the email is the invited one (fixed), and no agency is created — the
// account joins the inviting agency in the same request (POST /api/auth/signup {invitationToken}).
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";

export function InvitedSignUpForm({ token, email, agencyName }: { token: string; email: string; agencyName: string }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email, password: String(form.get("password") ?? ""), invitationToken: token };
    const done = await submit(async () => {
      await apiFetch("/api/auth/signup", { method: "POST", json: input });
      const result = await signIn("credentials", { email, password: input.password, redirect: false });
      if (result?.error) throw new ApiRequestError(401, "sign_in_failed", "Your account was created, but signing in failed. Sign in again.");
      return true;
    });
    if (!done) return;
    toast.show(`Welcome to ${agencyName}.`);
    router.replace("/");
    router.refresh();
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate aria-label="Create your account">
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <Field name="email" label="Email" type="email" value={email} readOnly autoComplete="username" errors={fieldErrors.email} hint="The invitation is for this address." />
      <Field name="name" label="Your name" autoComplete="name" required autoFocus errors={fieldErrors.name} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={fieldErrors.password} />
      <SubmitButton pending={pending}>Create account and join</SubmitButton>
    </form>
  );
}
