"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";

export function SignUpForm() {
  const router = useRouter();
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      agencyName: String(form.get("agencyName") ?? ""),
    };
    const done = await submit(async () => {
      await apiFetch("/api/auth/signup", { method: "POST", json: input });
      const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      if (result?.error) throw new ApiRequestError(401, "sign_in_failed", "Your account was created, but signing in failed. Sign in again.");
      return true;
    });
    if (!done) return;
    toast.show(`Welcome! ${input.agencyName} is ready.`);
    router.replace("/");
    router.refresh();
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <Field name="name" label="Your name" autoComplete="name" required autoFocus errors={fieldErrors.name} />
      <Field name="email" label="Work email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={fieldErrors.password} />
      <Field name="agencyName" label="Agency name" autoComplete="organization" required errors={fieldErrors.agencyName} />
      <SubmitButton pending={pending}>Create agency</SubmitButton>
    </form>
  );
}
