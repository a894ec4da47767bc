// Whole numbers in query strings: refused with the reason that applies, not always "whole number".
import { describe, expect, it } from "vitest";
import { intParam } from "@/lib/api/query-params";

const messageOf = (schema: ReturnType<typeof intParam>, text: string) => {
  const result = schema.safeParse(text);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("intParam", () => {
  const page = intParam("page", 0, 10_000);
  const limit = intParam("limit", 1, 100);

  it("accepts whole numbers in range", () => {
    expect(page.parse("0")).toBe(0);
    expect(page.parse("10000")).toBe(10_000);
    expect(page.parse("007")).toBe(7);
    expect(Object.is(page.parse("-0"), 0)).toBe(true);
  });

  it("says a number is too big or too small, however many digits it has", () => {
    expect(messageOf(page, "999999999999")).toBe("page must be at most 10000");
    expect(messageOf(page, "9".repeat(400))).toBe("page must be at most 10000");
    expect(messageOf(page, "-1")).toBe("page must be 0 or more");
    expect(messageOf(limit, "-1")).toBe("limit must be at least 1");
    expect(messageOf(limit, "0")).toBe("limit must be at least 1");
    expect(messageOf(limit, "101")).toBe("limit must be at most 100");
  });

  it("says 'whole number' only for what is not one", () => {
    for (const text of ["", "1.5", "1e3", " 1", "+1", "0x10", "ten", "1 "]) expect(messageOf(page, text), JSON.stringify(text)).toBe("page must be a whole number");
  });
});
