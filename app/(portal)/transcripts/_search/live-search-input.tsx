"use client";
// The search box: results follow as people type (the last word matches as a prefix), by rewriting
// the URL from the whole form a moment after the last key press. Without JavaScript it is an
// ordinary field of the GET form.
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

const DELAY_MS = 350;

/** The form's fields as a query string, without empty values or a stale page cursor. */
export function formQuery(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && value !== "" && name !== "cursor") query.append(name, value);
  return query.toString();
}

export function LiveSearchInput({ defaultValue, placeholder, byNumber = true }: { defaultValue: string; placeholder: string; byNumber?: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const [value, setValue] = useState(defaultValue);
  // The URL's search changed: by our own typing (then the box already says it), or by a link such
  // as "Clear the search" or Back (then the box follows the URL).
  const [urlValue, setUrlValue] = useState(defaultValue);
  const [pushed, setPushed] = useState(defaultValue);
  if (defaultValue !== urlValue) {
    setUrlValue(defaultValue);
    if (defaultValue !== pushed) setValue(defaultValue);
  }
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  function onChange(next: string) {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const form = input.current?.form;
      if (!form) return;
      setPushed(next.trim() === "" ? "" : next);
      startTransition(() => router.replace(`${pathname}?${formQuery(form)}`, { scroll: false }));
    }, DELAY_MS);
  }

  return (
    <div className="search-box">
      <label className="visually-hidden" htmlFor="transcript-q">Search calls</label>
      <input
        ref={input}
        id="transcript-q"
        name="q"
        type="search"
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="transcript-q-hint"
      />
      {pending ? <span className="spinner search-spinner" aria-label="Searching" /> : null}
      <span id="transcript-q-hint" className="hint small muted">
        Words must all match · <code>&quot;exact phrase&quot;</code> · <code>-exclude</code> · <code>or</code>{byNumber ? " · a caller's number in any format" : null} · an email address
      </span>
    </div>
  );
}
