// A labelled input with its hint or error wired up for screen readers. One message at a time: the
// first error replaces the hint (they often say the same thing), and only the first error is shown.
import type { InputHTMLAttributes } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  errors?: string[] | undefined;
}

export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const error = errors?.[0];
  const describedBy = error ? `${inputId}-error` : hint ? `${inputId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} name={name} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <span id={`${inputId}-error`} className="error" role="alert">{error}</span>
      ) : hint ? (
        <span id={`${inputId}-hint`} className="hint">{hint}</span>
      ) : null}
    </div>
  );
}
