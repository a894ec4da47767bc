// A labelled input with its hint and errors wired up for screen readers.
import type { InputHTMLAttributes } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  errors?: string[] | undefined;
}

export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const describedBy = [hint ? `${inputId}-hint` : null, errors?.length ? `${inputId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={name}
        className="input"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {hint ? <span id={`${inputId}-hint`} className="hint">{hint}</span> : null}
      {errors?.length ? <span id={`${inputId}-error`} className="error" role="alert">{errors.join(" ")}</span> : null}
    </div>
  );
}
