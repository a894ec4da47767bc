import { describe, expect, it } from "vitest";
import { diffLines, diffWords } from "@/lib/bulk/text-diff";

describe("diffWords", () => {
  it("keeps the common words and marks the replaced ones", () => {
    expect(diffWords("Thanks for calling Maple Dental.", "Thanks for calling Maple Dental Care.")).toEqual([
      { kind: "same", text: "Thanks for calling Maple " },
      { kind: "removed", text: "Dental." },
      { kind: "added", text: "Dental Care." },
    ]);
  });

  it("identical texts are one unchanged part; from or to empty is all added or all removed", () => {
    expect(diffWords("Hello there", "Hello there")).toEqual([{ kind: "same", text: "Hello there" }]);
    expect(diffWords("", "Hi")).toEqual([{ kind: "added", text: "Hi" }]);
    expect(diffWords("Hi", "")).toEqual([{ kind: "removed", text: "Hi" }]);
  });

  it("rebuilds both texts from its parts, even for long ones", () => {
    const long = Array.from({ length: 700 }, (_, index) => `w${index}`).join(" ");
    for (const [before, after] of [["a b c d", "a x c y d"], [long, `${long} end`]] as const) {
      const parts = diffWords(before, after);
      expect(parts.filter((part) => part.kind !== "added").map((part) => part.text).join("")).toBe(before);
      expect(parts.filter((part) => part.kind !== "removed").map((part) => part.text).join("")).toBe(after);
    }
  });
});

describe("diffLines", () => {
  it("keeps the unchanged lines and marks the removed and added ones, one part per line", () => {
    expect(diffLines("Be kind.\nBook visits.\nNo prices.", "Be kind.\nBook visits today.\nNo prices.")).toEqual([
      { kind: "same", text: "Be kind." },
      { kind: "removed", text: "Book visits." },
      { kind: "added", text: "Book visits today." },
      { kind: "same", text: "No prices." },
    ]);
  });

  it("treats an empty text as no lines, and CRLF like LF", () => {
    expect(diffLines("", "One\r\nTwo")).toEqual([{ kind: "added", text: "One" }, { kind: "added", text: "Two" }]);
    expect(diffLines("Same\r\n", "Same\n")).toEqual([{ kind: "same", text: "Same" }, { kind: "same", text: "" }]);
  });
});
