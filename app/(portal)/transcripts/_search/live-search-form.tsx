"use client";
// The search form's behaviour with JavaScript: filters apply as they change, and submitting
// navigates to a URL without the empty fields. Without JavaScript it is a plain GET form.
import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";
import { formQuery } from "./live-search-input";

export function LiveSearchForm({ action, label, className, children }: { action: string; label: string; className: string; children: ReactNode }) {
  const router = useRouter();
  const go = (form: HTMLFormElement, push: boolean) => {
    const url = `${action}?${formQuery(form)}`;
    if (push) router.push(url, { scroll: false });
    else router.replace(url, { scroll: false });
  };
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go(event.currentTarget, true);
  }
  function onChange(event: FormEvent<HTMLFormElement>) {
    // The search box has its own timing; selects, checkboxes and dates apply at once.
    if ((event.target as HTMLElement).id !== "transcript-q") go(event.currentTarget, false);
  }
  return (
    <form method="get" action={action} role="search" aria-label={label} className={className} onSubmit={onSubmit} onChange={onChange}>
      {children}
    </form>
  );
}
