"use client";
// The state every form that calls our API needs: pending, a form-level message and per-field
// errors from the error envelope. Field errors, when present, replace the general message.
import { useState } from "react";
import { ApiRequestError } from "@/lib/swr/fetcher";

export function useApiForm() {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  /** Runs `action`; on failure shows its errors and resolves to undefined. */
  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    setPending(true);
    setMessage(null);
    setFieldErrors({});
    try {
      return await action();
    } catch (error) {
      const apiError = error instanceof ApiRequestError ? error : null;
      const fields = apiError?.fieldErrors ?? {};
      setFieldErrors(fields);
      setMessage(Object.keys(fields).length > 0 ? null : (apiError?.message ?? "Something went wrong. Try again."));
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { pending, message, fieldErrors, submit };
}
