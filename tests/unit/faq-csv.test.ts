import { describe, expect, it } from "vitest";
import { FAQ_ANSWER_MAX, FAQ_ENTRIES_MAX, FAQ_QUESTION_MAX, faqEntriesSchema, parseCsv, parseFaqCsv } from "@/lib/agents/faq-csv";

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with commas, escaped quotes and line breaks (CRLF inside becomes LF)", () => {
    const text = 'a,"b, c","say ""hi"""\r\n"multi\r\nline",x,""\r\n';
    expect(parseCsv(text)).toEqual([
      { row: 1, cells: ["a", "b, c", 'say "hi"'] },
      { row: 2, cells: ["multi\nline", "x", ""] },
    ]);
  });

  it("accepts LF, CRLF and a last line without a line break, and strips a BOM", () => {
    expect(parseCsv("\uFEFFq,a\nq2,a2\r\nq3,a3").map((record) => record.cells)).toEqual([
      ["q", "a"],
      ["q2", "a2"],
      ["q3", "a3"],
    ]);
  });

  it("marks a record with text after a closing quote, or an unclosed quote, and keeps numbering", () => {
    const records = parseCsv('"He said "hi"",x\nok,fine\n"never closed,y\nmore');
    expect(records[0]).toMatchObject({ row: 1, problem: expect.stringMatching(/after a closing quote/) });
    expect(records[1]).toEqual({ row: 2, cells: ["ok", "fine"] });
    expect(records[2]).toMatchObject({ row: 3, problem: expect.stringMatching(/never closed/) });
  });

  it("detects semicolon- and tab-separated exports from the first row", () => {
    expect(parseCsv("question;answer\nWhen?;Mon, Tue").map((record) => record.cells)).toEqual([
      ["question", "answer"],
      ["When?", "Mon, Tue"],
    ]);
    expect(parseCsv("q\ta\nx\ty, z").map((record) => record.cells)).toEqual([
      ["q", "a"],
      ["x", "y, z"],
    ]);
  });
});

describe("parseFaqCsv", () => {
  it("imports rows under a question,answer header in any case, trimming cells", () => {
    const csv = "\uFEFFQuestion , ANSWER\r\n  What are your hours?  ,  9–5 Mon–Fri \r\nDo you park?,Yes\r\n";
    expect(parseFaqCsv(csv)).toEqual({
      entries: [
        { question: "What are your hours?", answer: "9–5 Mon–Fri" },
        { question: "Do you park?", answer: "Yes" },
      ],
      errors: [],
    });
  });

  it("reads a header in either order and ignores other columns under it", () => {
    const csv = "category,answer,question\nhours,We open at 9,When do you open?\n";
    expect(parseFaqCsv(csv).entries).toEqual([{ question: "When do you open?", answer: "We open at 9" }]);
  });

  it("treats the first row as data when it is not a header", () => {
    expect(parseFaqCsv("Where are you?,12 High St\nWhen?,Now").entries).toEqual([
      { question: "Where are you?", answer: "12 High St" },
      { question: "When?", answer: "Now" },
    ]);
  });

  it("keeps commas, quotes and line breaks inside quoted answers", () => {
    const csv = 'question,answer\n"Prices?","From $10, or ""free"" for members.\nCall us for more."\n';
    expect(parseFaqCsv(csv).entries).toEqual([{ question: "Prices?", answer: 'From $10, or "free" for members.\nCall us for more.' }]);
  });

  it("skips empty rows and numbers rows as a spreadsheet does (a multi-line cell is one row)", () => {
    const csv = 'question,answer\n"Q1","line 1\nline 2"\n\n,\nQ4,\n,A5\nQ6,A6\n';
    expect(parseFaqCsv(csv)).toEqual({
      entries: [
        { question: "Q1", answer: "line 1\nline 2" },
        { question: "Q6", answer: "A6" },
      ],
      errors: [
        { row: 5, message: "Row 5: the answer is empty" },
        { row: 6, message: "Row 6: the question is empty" },
      ],
    });
  });

  it("reports rows with a single column or unquoted commas when there is no header", () => {
    const result = parseFaqCsv("Only a question\nQ2,A2\nQ3,Sure, we do\nQ4,A4,,\n");
    expect(result.entries).toEqual([
      { question: "Q2", answer: "A2" },
      { question: "Q4", answer: "A4" }, // trailing empty cells from a spreadsheet are fine
    ]);
    expect(result.errors).toEqual([
      { row: 1, message: "Row 1: the answer is empty" },
      { row: 3, message: expect.stringMatching(/^Row 3: 3 cells; .*double quotes/) },
    ]);
  });

  it("reports malformed quoting by row and goes on with the next rows", () => {
    const result = parseFaqCsv('question,answer\n"Bad "quote"",x\nGood?,Yes\n');
    expect(result.entries).toEqual([{ question: "Good?", answer: "Yes" }]);
    expect(result.errors).toEqual([{ row: 2, message: expect.stringMatching(/^Row 2: text after a closing quote/) }]);
  });

  it("enforces the length limits", () => {
    const okQuestion = "q".repeat(FAQ_QUESTION_MAX);
    const csv = [
      `${okQuestion},${"a".repeat(FAQ_ANSWER_MAX)}`,
      `${"q".repeat(FAQ_QUESTION_MAX + 1)},short`,
      `Short?,${"a".repeat(FAQ_ANSWER_MAX + 1)}`,
    ].join("\n");
    const result = parseFaqCsv(csv);
    expect(result.entries).toHaveLength(1);
    expect(result.errors).toEqual([
      { row: 2, message: "Row 2: the question has 501 characters; at most 500" },
      { row: 3, message: "Row 3: the answer has 2001 characters; at most 2000" },
    ]);
  });

  it("refuses a question repeated in the file", () => {
    const result = parseFaqCsv("Hours?,9-5\nhours?, 9 to 5\n");
    expect(result.entries).toEqual([{ question: "Hours?", answer: "9-5" }]);
    expect(result.errors).toEqual([{ row: 2, message: "Row 2: the same question as row 1" }]);
  });

  it("stops at 200 entries, counting the agent's existing ones, and names the rows left out", () => {
    const rows = Array.from({ length: 205 }, (_, i) => `Q${i + 1},A${i + 1}`);
    const result = parseFaqCsv(["question,answer", ...rows].join("\n"));
    expect(result.entries).toHaveLength(FAQ_ENTRIES_MAX);
    expect(result.errors).toEqual([{ row: 202, message: "An agent can have at most 200 FAQ entries; rows 202–206 were not imported" }]);
    const withExisting = parseFaqCsv(rows.slice(0, 3).join("\n"), { existingCount: 198 });
    expect(withExisting.entries.map((entry) => entry.question)).toEqual(["Q1", "Q2"]);
    expect(withExisting.errors).toEqual([{ row: 3, message: "An agent can have at most 200 FAQ entries; row 3 was not imported" }]);
  });

  it("returns nothing for an empty file or a header alone", () => {
    expect(parseFaqCsv("")).toEqual({ entries: [], errors: [] });
    expect(parseFaqCsv("\uFEFF\r\n\r\n")).toEqual({ entries: [], errors: [] });
    expect(parseFaqCsv("question,answer\r\n")).toEqual({ entries: [], errors: [] });
  });
});

describe("faqEntriesSchema", () => {
  it("trims and accepts valid entries, refuses empty or over-long fields and extra keys", () => {
    expect(faqEntriesSchema.parse([{ question: " Q ", answer: " A " }])).toEqual([{ question: "Q", answer: "A" }]);
    const bad = faqEntriesSchema.safeParse([
      { question: "  ", answer: "A" },
      { question: "Q", answer: "a".repeat(FAQ_ANSWER_MAX + 1) },
      { question: "Q", answer: "A", category: "x" },
    ]);
    expect(bad.error?.issues.map((issue) => issue.path.join("."))).toEqual(["0.question", "1.answer", "2"]);
  });

  it("allows at most 200 entries", () => {
    const entries = Array.from({ length: FAQ_ENTRIES_MAX + 1 }, (_, i) => ({ question: `Q${i}`, answer: "A" }));
    expect(faqEntriesSchema.safeParse(entries.slice(0, FAQ_ENTRIES_MAX)).success).toBe(true);
    expect(faqEntriesSchema.safeParse(entries).success).toBe(false);
  });
});
