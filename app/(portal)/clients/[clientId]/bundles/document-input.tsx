"use client";
// One compliance document. Checked in the browser as soon as it is chosen — the same rules the
// server applies to the bytes it receives: PDF, PNG or JPEG recognised by their first bytes (not
// the name), not empty, at most the per-file limit.
import { useRef, useState, type ChangeEvent } from "react";

const SIGNATURES: { label: string; bytes: number[] }[] = [
  { label: "PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { label: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { label: "JPEG", bytes: [0xff, 0xd8, 0xff] },
];

export const ACCEPTED_TYPES = "application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg";

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/** Why this file cannot be sent, or null when it can. */
export async function documentProblem(file: File, maxBytes: number): Promise<string | null> {
  if (file.size === 0) return "The file is empty";
  if (file.size > maxBytes) return `The file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}`;
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const known = SIGNATURES.some((signature) => signature.bytes.every((byte, index) => head[index] === byte));
  return known ? null : "Upload a PDF, PNG or JPEG document";
}

export function DocumentInput({
  name,
  label,
  hint,
  maxBytes,
  serverError,
  disabled,
  onChange,
}: {
  name: string;
  label: string;
  hint: string;
  maxBytes: number;
  serverError: string | undefined;
  disabled: boolean;
  onChange: (file: File | null, problem: string | null) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `field-${name}`;
  const error = problem ?? serverError;

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0] ?? null;
    const found = picked ? await documentProblem(picked, maxBytes) : null;
    setFile(picked);
    setProblem(found);
    onChange(picked, found);
  }

  function clear() {
    if (input.current) input.current.value = "";
    setFile(null);
    setProblem(null);
    onChange(null, null);
    input.current?.focus();
  }

  return (
    <div className="field document-field">
      <label htmlFor={id}>{label}</label>
      <div className="row" style={{ gap: 8 }}>
        <input
          ref={input}
          id={id}
          name={name}
          type="file"
          accept={ACCEPTED_TYPES}
          className="input file-input"
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-${error ? "error" : "hint"}`}
          onChange={(event) => void onPick(event)}
        />
        {file ? <button type="button" className="btn small-btn" onClick={clear} disabled={disabled} aria-label={`Remove ${label.toLowerCase()}`}>Remove</button> : null}
      </div>
      {error ? (
        <span id={`${id}-error`} className="error" role="alert">{error}</span>
      ) : (
        <span id={`${id}-hint`} className="hint">{file ? `${file.name} · ${formatBytes(file.size)} · ready to upload` : hint}</span>
      )}
    </div>
  );
}
