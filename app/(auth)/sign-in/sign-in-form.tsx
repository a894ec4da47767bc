"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => null);
    if (!result || result.error) {
      // One generic message: never say whether the email exists. The only other message is the
      // throttle's (lib/auth/sign-in-throttle.ts), which says the same for known and unknown emails.
      const locked = result?.error?.startsWith("Too many failed sign-ins") ? result.error : null;
      setError(locked ?? (result ? "Email or password is incorrect." : "Could not reach the portal. Try again."));
      setPending(false);
      return;
    }
    // Checked again here: the prop is the page's, but this is where the browser is sent.
    router.replace(safeCallbackUrl(callbackUrl));
    router.refresh();
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {error ? <div className="alert danger" role="alert">{error}</div> : null}
      <Field name="email" label="Email" type="email" autoComplete="email" required autoFocus />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
