// The search box's syntax, the highlight markup and phone-number queries: pure functions.
import { describe, expect, it } from "vitest";
import { callerDigitsOf, phoneQuery } from "@/lib/transcripts/phone-digits";
import { MAX_TERMS, parseSearchQuery, prefixStems } from "@/lib/transcripts/search/query";
import { escapeHtml, plainSnippet, snippetHtml } from "@/lib/transcripts/search/snippet";
import { decodeCursor, encodeCursor } from "@/lib/transcripts/search/cursor";
import { csvField } from "@/lib/transcripts/export";

const words = (q: string) => parseSearchQuery(q).map((group) => group.map((t) => `${t.negated ? "-" : ""}${t.kind === "phrase" ? `"${t.text}"` : t.text}${t.prefix ? "*" : ""}`).join("|"));

describe("search syntax", () => {
  it("reads words, phrases, exclusions and or like a web search", () => {
    expect(words("burst pipe")).toEqual(["burst", "pipe*"]);
    expect(words('"burst pipe" basement')).toEqual(['"burst pipe"', "basement*"]);
    expect(words("leak -kitchen")).toEqual(["leak", "-kitchen"]);
    expect(words('leak -"kitchen sink"')).toEqual(["leak", '-"kitchen sink"']);
    expect(words("boiler or furnace repair")).toEqual(["boiler|furnace", "repair*"]);
    expect(words("boiler OR furnace")).toEqual(["boiler|furnace*"]);
  });

  it("only the last plain word of three letters or more is a prefix", () => {
    expect(words("plumbi")).toEqual(["plumbi*"]);
    expect(words("pl")).toEqual(["pl"]);
    expect(words("leak -drain")).toEqual(["leak", "-drain"]);
    expect(words('leak "drain')).toEqual(["leak", '"drain"']);
    expect(words("o'brien")).toEqual(["o'brien"]);
  });

  it("tolerates what people paste: lone quotes, stray operators, emoji, pages of text", () => {
    expect(words('"')).toEqual([]);
    expect(words('"leak')).toEqual(['"leak"']);
    expect(words("or")).toEqual([]);
    expect(words("or leak or")).toEqual(["leak*"]);
    expect(words("- -")).toEqual([]);
    expect(words("🙂 leak 🔥")).toEqual(["leak*"]);
    expect(words(":")).toEqual([]);
    expect(parseSearchQuery("word ".repeat(5_000)).flat()).toHaveLength(MAX_TERMS);
  });

  it("tries shorter stems for a prefix, never below four letters", () => {
    expect(prefixStems("plumbi")).toEqual(["plumb", "plum"]);
    expect(prefixStems("emergenc")).toEqual(["emergen", "emerge", "emerg"]);
    expect(prefixStems("leak")).toEqual([]);
  });
});

describe("snippets", () => {
  it("escapes the transcript and keeps only our highlight markup", () => {
    expect(snippetHtml("a \u0001leak\u0002 <b>x</b> & \"q\"\u0003more \u0001leak\u0002")).toBe("a <mark>leak</mark> &lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; … more <mark>leak</mark>");
    expect(snippetHtml("unclosed \u0001mark")).toBe("unclosed <mark>mark</mark>");
    expect(snippetHtml("line one\nline two")).toBe("line one · line two");
    expect(escapeHtml("<script>'")).toBe("&lt;script&gt;&#39;");
    expect(plainSnippet("x ".repeat(200), 20)).toMatch(/^x x x x x x x x x x …$/);
  });
});

describe("phone queries", () => {
  it("reduces any way of writing a number to digits that occur in the stored caller's", () => {
    const stored = callerDigitsOf("+44 20 7946 0000")!;
    for (const q of ["+44 20 7946 0000", "020 7946 0000", "0044 20 7946 0000", "2079460000", "(020) 7946-0000", "7946 0000"]) {
      const found = phoneQuery(q)!;
      expect(found.anchored ? stored.startsWith(found.digits) : stored.includes(found.digits), q).toBe(true);
    }
    expect(phoneQuery("+1 415")).toEqual({ digits: "1415", anchored: true });
    expect(phoneQuery("0044 20")).toEqual({ digits: "4420", anchored: true });
    expect(phoneQuery("+1")).toBeNull();
    expect(phoneQuery("leak 020")).toBeNull();
    expect(phoneQuery("1234")).toBeNull();
    expect(phoneQuery("2024")).toBeNull(); // a year, not a number
    expect(callerDigitsOf(null)).toBeNull();
  });
});

describe("cursors", () => {
  it("round-trip, and anything else is refused", () => {
    const cursor = { s: "relevance" as const, r: 0.0607927106320858, t: "2026-11-20T10:00:00.000Z", i: "0b9d5c3e-1f2a-4c4b-9a55-2f0e3d7c1a11" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('{"s":"date","t":"yesterday","i":"x"}').toString("base64url"))).toBeNull();
    // Values PostgreSQL would refuse (year 0000, NUL) are refused here, before any query.
    expect(decodeCursor(Buffer.from(JSON.stringify({ s: "date", t: "0000-01-01T00:00:00Z", i: cursor.i })).toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify({ s: "date", t: cursor.t, i: "\u0000" })).toString("base64url"))).toBeNull();
  });
});

describe("CSV export fields", () => {
  it("quote what needs quoting and defuse spreadsheet formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(csvField("+14155551234")).toBe("+14155551234"); // a caller's E.164 number stays as it is
    expect(csvField("+44 •••• ••0000")).toBe("+44 •••• ••0000"); // and so does a masked one
    expect(csvField("+1+cmd|' /C calc'!A0")).toBe("'+1+cmd|' /C calc'!A0");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField(-1)).toBe("-1");
    expect(csvField(null)).toBe("");
  });
});
