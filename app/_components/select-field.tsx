// A labelled <select> with its hint or first error, like Field.
import type { SelectHTMLAttributes } from "react";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  hint?: string;
  errors?: string[] | undefined;
}

export function SelectField({ name, label, options, hint, errors, id, ...select }: SelectFieldProps) {
  const selectId = id ?? `field-${name}`;
  const error = errors?.[0];
  const describedBy = error ? `${selectId}-error` : hint ? `${selectId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} name={name} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      {error ? (
        <span id={`${selectId}-error`} className="error" role="alert">{error}</span>
      ) : hint ? (
        <span id={`${selectId}-hint`} className="hint">{hint}</span>
      ) : null}
    </div>
  );
}
