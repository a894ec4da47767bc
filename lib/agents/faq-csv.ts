// FAQ entries imported from a CSV file (RFC 4180: quoted fields, "" for a quote, commas and line
// breaks inside quotes, CRLF or LF, an optional UTF-8 BOM). Spreadsheet exports that use ";" or tabs
// are recognised from the first row. The first row is a header when its cells are "question" and
// "answer" (any case, either order; then other columns are ignored), otherwise every row is data with
// the question first and the answer second. Rows are numbered as a spreadsheet shows them (the
// header is row 1; a cell with line breaks is still one row).
import { z } from "zod";

export const FAQ_QUESTION_MAX = 500;
export const FAQ_ANSWER_MAX = 2000;
export const FAQ_ENTRIES_MAX = 200;

export interface FaqEntry {
  question: string;
  answer: string;
}

export interface FaqCsvResult {
  entries: FaqEntry[];
  errors: { row: number; message: string }[];
}

export const faqEntrySchema = z.strictObject({
  question: z
    .string()
    .trim()
    .min(1, "Write a question")
    .max(FAQ_QUESTION_MAX, `A question can have at most ${FAQ_QUESTION_MAX} characters`),
  answer: z
    .string()
    .trim()
    .min(1, "Write an answer")
    .max(FAQ_ANSWER_MAX, `An answer can have at most ${FAQ_ANSWER_MAX} characters`),
});

export const faqEntriesSchema = z
  .array(faqEntrySchema)
  .max(FAQ_ENTRIES_MAX, `At most ${FAQ_ENTRIES_MAX} FAQ entries`);

export interface CsvRecord {
  row: number;
  cells: string[];
  /** Set when the record is malformed; its cells are then unreliable. */
  problem?: string;
}

export type CsvDelimiter = "," | ";" | "\t";

/** The delimiter of the first record: "," unless that record has no comma outside quotes but has ";" or a tab. */
function detectDelimiter(text: string): CsvDelimiter {
  let quoted = false;
  const counts = { ",": 0, ";": 0, "\t": 0 };
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && (char === "," || char === ";" || char === "\t")) counts[char] += 1;
  }
  if (counts[","] > 0) return ",";
  if (counts[";"] > 0) return ";";
  return counts["\t"] > 0 ? "\t" : ",";
}

/** RFC 4180 records. A stray quote after a closing quote marks the record bad but parsing goes on. */
export function parseCsv(input: string, delimiter: CsvDelimiter = detectDelimiter(input.replace(/^\uFEFF/, ""))): CsvRecord[] {
  const text = input.replace(/^\uFEFF/, "");
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let row = 1;
  let problem: string | undefined;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    records.push(problem ? { row, cells, problem } : { row, cells });
    cells = [];
    problem = undefined;
    row += 1;
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && cell.trim() === "") {
      // A quoted field (spaces before the quote are tolerated and dropped).
      cell = "";
      i += 1;
      let closed = false;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          closed = true;
          i += 1;
          break;
        }
        // Line breaks inside quotes belong to the cell; store them as "\n".
        if (text[i] === "\r" && text[i + 1] === "\n") i += 1;
        cell += text[i] === "\r" ? "\n" : text[i];
        i += 1;
      }
      if (!closed) problem ??= "a quoted cell is never closed (a \" is missing)";
      // Only spaces may follow the closing quote before the delimiter or the end of the line.
      while (i < text.length && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") {
        if (text[i] !== " " && text[i] !== "\t") problem ??= 'text after a closing quote (inside quotes write a quote as "")';
        i += 1;
      }
      continue;
    }
    if (char === delimiter) endCell();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      endRecord();
    } else cell += char;
    i += 1;
  }
  if (cell !== "" || cells.length > 0 || problem) endRecord();
  return records;
}

const QUESTION_HEADER = /^(questions?|q)$/;
const ANSWER_HEADER = /^(answers?|a)$/;

function headerColumns(cells: string[]): { question: number; answer: number } | null {
  const names = cells.map((cell) => cell.trim().toLowerCase());
  const question = names.findIndex((name) => QUESTION_HEADER.test(name));
  const answer = names.findIndex((name) => ANSWER_HEADER.test(name));
  return question >= 0 && answer >= 0 ? { question, answer } : null;
}

/**
 * Reads FAQ entries from CSV text. Cells are trimmed; empty rows are skipped; a row without both a
 * question and an answer, with extra non-empty cells (no header), over the length limits, repeating
 * an earlier question, or past the entry limit is reported by row number and left out.
 * `existingCount` is how many entries the agent already has: the limit counts them too.
 */
export function parseFaqCsv(text: string, options: { existingCount?: number } = {}): FaqCsvResult {
  const records = parseCsv(text);
  const entries: FaqEntry[] = [];
  const errors: FaqCsvResult["errors"] = [];
  const room = Math.max(0, FAQ_ENTRIES_MAX - (options.existingCount ?? 0));
  const seen = new Map<string, number>();
  const first = records[0];
  const header = first && !first.problem ? headerColumns(first.cells) : null;
  const columns = header ?? { question: 0, answer: 1 };
  const overflow: number[] = [];

  for (const record of header ? records.slice(1) : records) {
    const cells = record.cells.map((cell) => cell.trim());
    if (record.problem) {
      errors.push({ row: record.row, message: `Row ${record.row}: ${record.problem}` });
      continue;
    }
    if (cells.every((cell) => cell === "")) continue;
    const question = cells[columns.question] ?? "";
    const answer = cells[columns.answer] ?? "";
    const message = rowProblem(cells, question, answer, header !== null);
    if (message) {
      errors.push({ row: record.row, message: `Row ${record.row}: ${message}` });
      continue;
    }
    const key = question.toLowerCase().replace(/\s+/g, " ");
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({ row: record.row, message: `Row ${record.row}: the same question as row ${earlier}` });
      continue;
    }
    if (entries.length >= room) {
      overflow.push(record.row);
      continue;
    }
    seen.set(key, record.row);
    entries.push({ question, answer });
  }
  if (overflow.length > 0) {
    const rows = overflow.length === 1 ? `row ${overflow[0]} was` : `rows ${overflow[0]}–${overflow.at(-1)} were`;
    errors.push({
      row: overflow[0] ?? 0,
      message: `An agent can have at most ${FAQ_ENTRIES_MAX} FAQ entries; ${rows} not imported`,
    });
  }
  return { entries, errors };
}

function rowProblem(cells: string[], question: string, answer: string, hasHeader: boolean): string | null {
  if (!hasHeader && cells.slice(2).some((cell) => cell !== "")) {
    return `${cells.length} cells; expected a question and an answer (put a cell that contains commas in double quotes)`;
  }
  if (question === "") return "the question is empty";
  if (answer === "") return "the answer is empty";
  if (question.length > FAQ_QUESTION_MAX) return `the question has ${question.length} characters; at most ${FAQ_QUESTION_MAX}`;
  if (answer.length > FAQ_ANSWER_MAX) return `the answer has ${answer.length} characters; at most ${FAQ_ANSWER_MAX}`;
  return null;
}
