import { describe, expect, it } from "vitest";
import { looksForNumber, maskNumbersInSnippet, maskNumbersInText, maskPhone } from "@/lib/auth/caller-mask";

describe("maskPhone", () => {
  it("keeps the country code and the last four digits", () => {
    expect(maskPhone("+442079460000")).toBe("+44 •••• ••0000");
    expect(maskPhone("+14155559999")).toBe("+1 •••• ••9999");
    expect(maskPhone("+33612345678")).toBe("+33 ••• ••5678");
    expect(maskPhone("+4915112341686")).toBe("+49 ••••• ••1686");
    expect(maskPhone("020 7946 0000", "GB")).toBe("+44 •••• ••0000");
  });

  it("leaves withheld callers and text without digits alone, and hides short or unreadable numbers", () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone("anonymous")).toBe("anonymous");
    expect(maskPhone("123")).toBe("•••");
    expect(maskPhone("12345678")).toBe("•• ••5678");
  });
});

describe("numbers inside text", () => {
  it("masks international and national numbers, not dates or order numbers", () => {
    const text = "Captured: Ann, +442079460000. Also 020 7946 0123 on 2026-12-04 at 10:30, order 1234";
    expect(maskNumbersInText(text, "GB")).toBe("Captured: Ann, +44 •••• ••0000. Also +44 •••• ••0123 on 2026-12-04 at 10:30, order 1234");
    expect(maskNumbersInText("Is +1 415 555 9999 best?")).toBe("Is +1 •••• ••9999 best?");
  });

  it("masks numbers in snippets through their highlights, keeping the tags balanced", () => {
    expect(maskNumbersInSnippet("is <mark>+14155559999</mark> the best &amp; more")).toBe("is <mark>+1 •••• ••9999</mark> the best &amp; more");
    expect(maskNumbersInSnippet("<mark>call +1415</mark>5550000 ok")).toBe("<mark>call +1 •••• ••0000</mark> ok");
    expect(maskNumbersInSnippet("no <mark>numbers</mark> here")).toBe("no <mark>numbers</mark> here");
  });

  it("tells a query that looks for a number", () => {
    // Parts of a number too: six digits, three after a +, a quoted group of three.
    for (const q of ["+44 20 7946 0000", "2079460000", "(415) 555-9999", "call 4155559999", "666028", "+61439", "867", "order 12345"]) expect(looksForNumber(q)).toBe(true);
    for (const q of ["leak", "room 12", "2 pm"]) expect(looksForNumber(q)).toBe(false);
  });
});
