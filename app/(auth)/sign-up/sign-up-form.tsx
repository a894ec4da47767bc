"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";

export function SignUpForm() {
  const router = useRouter();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    setFieldErrors({});
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      agencyName: String(form.get("agencyName") ?? ""),
    };
    try {
      await apiFetch("/api/auth/signup", { method: "POST", json: input });
      const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      if (result?.error) throw new ApiRequestError(401, "sign_in_failed", "Your account was created, but signing in failed. Sign in again.");
      toast.show(`Welcome! ${input.agencyName} is ready.`);
      router.replace("/");
      router.refresh();
    } catch (error) {
      const apiError = error instanceof ApiRequestError ? error : null;
      setMessage(apiError?.message ?? "Something went wrong. Try again.");
      setFieldErrors(apiError?.fieldErrors ?? {});
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <Field name="name" label="Your name" autoComplete="name" required autoFocus errors={fieldErrors.name} />
      <Field name="email" label="Work email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={fieldErrors.password} />
      <Field name="agencyName" label="Agency name" autoComplete="organization" required errors={fieldErrors.agencyName} />
      <SubmitButton pending={pending}>Create agency</SubmitButton>
    </form>
  );
}
