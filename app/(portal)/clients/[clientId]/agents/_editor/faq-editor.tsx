"use client";
// FAQ entries: add, edit, remove, move up/down (focus follows the moved entry so the keyboard
// can keep moving it), and import from a CSV file (parseFaqCsv: row errors shown, valid rows appended).
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { FAQ_ANSWER_MAX, FAQ_ENTRIES_MAX, FAQ_QUESTION_MAX, faqEntrySchema, parseFaqCsv } from "@/lib/agents/faq-csv";
import { faqRow, nextFaqKey, type FaqRow } from "./agent-form-model";

type ImportReport = { file: string; imported: number; errors: { row: number; message: string }[] } | { file: string; failed: string };

function entryErrors(entry: FaqRow, server: Record<string, string[]>, index: number, showEmpty: boolean) {
  const parsed = faqEntrySchema.safeParse({ question: entry.question, answer: entry.answer });
  const local: { question?: string; answer?: string } = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as "question" | "answer";
      const empty = entry[field].trim() === "";
      if (!empty || showEmpty) local[field] ??= issue.message;
    }
  }
  return {
    question: local.question ?? server[`faq.${index}.question`]?.[0],
    answer: local.answer ?? server[`faq.${index}.answer`]?.[0],
  };
}

export function FaqEditor({
  value,
  onChange,
  serverErrors,
  showEmptyErrors,
}: {
  value: FaqRow[];
  onChange: (rows: FaqRow[]) => void;
  serverErrors: Record<string, string[]>;
  showEmptyErrors: boolean;
}) {
  // Set by an action, applied after the re-render that action causes (the moved entry's new place).
  const focusTarget = useRef<string | null>(null);
  const setFocusTarget = (id: string) => {
    focusTarget.current = id;
  };
  const [report, setReport] = useState<ImportReport | null>(null);

  useEffect(() => {
    if (!focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const update = (key: number, patch: Partial<FaqRow>) => onChange(value.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= value.length) return;
    const next = [...value];
    const [row] = next.splice(index, 1);
    next.splice(target, 0, row!);
    onChange(next);
    // Keep focus on the same button of the moved entry; at an end, on the other direction's button.
    const atEnd = target === 0 || target === next.length - 1;
    setFocusTarget(`faq-${row!.key}-${atEnd ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down"}`);
  };
  const remove = (index: number) => {
    const next = value.filter((_, position) => position !== index);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    setFocusTarget(neighbour ? `faq-${neighbour.key}-question` : "faq-add");
  };
  const add = () => {
    const row = faqRow(nextFaqKey(value));
    onChange([...value, row]);
    setFocusTarget(`faq-${row.key}-question`);
  };

  async function importCsv(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ""; // the same file can be chosen again after fixing it
    if (!file) return;
    if (file.size > 1024 * 1024) {
      setReport({ file: file.name, failed: "The file is larger than 1 MB; an FAQ file is usually a few kB." });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setReport({ file: file.name, failed: "The file could not be read." });
      return;
    }
    const result = parseFaqCsv(text, { existingCount: value.length });
    const first = nextFaqKey(value);
    onChange([...value, ...result.entries.map((entry, index) => faqRow(first + index, entry.question, entry.answer))]);
    setReport({ file: file.name, imported: result.entries.length, errors: result.errors });
  }

  return (
    <div className="stack faq-editor">
      {value.length === 0 ? (
        <p className="muted small faq-empty">No questions yet. Add the questions callers ask most — opening hours, prices, parking — or import them from a spreadsheet.</p>
      ) : (
        <ol className="faq-list">
          {value.map((row, index) => {
            const errors = entryErrors(row, serverErrors, index, showEmptyErrors);
            const n = index + 1;
            return (
              <li key={row.key} className="faq-item">
                <div className="faq-fields">
                  <div className="field">
                    <label htmlFor={`faq-${row.key}-question`}>Question {n}</label>
                    <input
                      id={`faq-${row.key}-question`}
                      className="input"
                      value={row.question}
                      maxLength={FAQ_QUESTION_MAX}
                      onChange={(event) => update(row.key, { question: event.target.value })}
                      aria-invalid={errors.question ? true : undefined}
                      aria-describedby={errors.question ? `faq-${row.key}-question-error` : undefined}
                    />
                    {errors.question ? <span id={`faq-${row.key}-question-error`} className="error">{errors.question}</span> : null}
                  </div>
                  <div className="field">
                    <label htmlFor={`faq-${row.key}-answer`}>Answer {n}</label>
                    <textarea
                      id={`faq-${row.key}-answer`}
                      className="input"
                      rows={2}
                      value={row.answer}
                      maxLength={FAQ_ANSWER_MAX}
                      onChange={(event) => update(row.key, { answer: event.target.value })}
                      aria-invalid={errors.answer ? true : undefined}
                      aria-describedby={errors.answer ? `faq-${row.key}-answer-error` : undefined}
                    />
                    {errors.answer ? <span id={`faq-${row.key}-answer-error`} className="error">{errors.answer}</span> : null}
                  </div>
                </div>
                <div className="faq-actions" role="group" aria-label={`Question ${n} actions`}>
                  <button id={`faq-${row.key}-up`} type="button" className="btn icon-btn" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move question ${n} up`} title="Move up">↑</button>
                  <button id={`faq-${row.key}-down`} type="button" className="btn icon-btn" onClick={() => move(index, 1)} disabled={index === value.length - 1} aria-label={`Move question ${n} down`} title="Move down">↓</button>
                  <button type="button" className="btn danger icon-btn" onClick={() => remove(index)} aria-label={`Remove question ${n}`} title="Remove">✕</button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="row faq-toolbar">
        <button id="faq-add" type="button" className="btn" onClick={add} disabled={value.length >= FAQ_ENTRIES_MAX}>+ Add question</button>
        <label className="btn file-btn">
          Import from CSV
          <input type="file" accept=".csv,text/csv,text/plain" onChange={importCsv} className="visually-hidden" />
        </label>
        <span className="small muted">{value.length} of {FAQ_ENTRIES_MAX} · CSV: a question and an answer per row, optional header “question,answer”.</span>
      </div>
      {report ? (
        "failed" in report ? (
          <div className="alert danger small" role="alert">{report.file}: {report.failed}</div>
        ) : (
          <div className={`alert ${report.errors.length ? "warn" : "info"} small`} role="status">
            <div>
              <strong>
                {report.imported === 1 ? "1 question" : `${report.imported} questions`} imported from {report.file}
                {report.errors.length ? `; ${report.errors.length} row${report.errors.length === 1 ? "" : "s"} skipped` : ""}
              </strong>
              {report.errors.length ? (
                <ul className="import-errors">
                  {report.errors.slice(0, 20).map((error, index) => <li key={index}>{error.message}</li>)}
                  {report.errors.length > 20 ? <li>…and {report.errors.length - 20} more</li> : null}
                </ul>
              ) : null}
            </div>
          </div>
        )
      ) : null}
    </div>
  );
}
