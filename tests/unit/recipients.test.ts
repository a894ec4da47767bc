import { describe, expect, it } from "vitest";
import { MAX_RECIPIENTS, normalizeRecipient, parseRecipients, permittedRecipientsSchema } from "@/lib/agents/recipients";

describe("parseRecipients", () => {
  it("splits on commas, semicolons, spaces and new lines, and lower-cases", () => {
    const result = parseRecipients("James@Example.com, ann@example.org;bob@example.net\n\n  @Houses4Cash.co.uk\tzoe@sub.example.io;;");
    expect(result).toEqual({
      recipients: ["james@example.com", "ann@example.org", "bob@example.net", "@houses4cash.co.uk", "zoe@sub.example.io"],
      errors: [],
      covered: [],
    });
  });

  it("removes duplicates, keeping the first occurrence's position", () => {
    expect(parseRecipients("b@x.com a@x.com B@X.COM @y.com @Y.com a@x.com").recipients).toEqual(["b@x.com", "a@x.com", "@y.com"]);
  });

  it("drops addresses covered by a listed @domain, wherever the domain appears, and says so", () => {
    const result = parseRecipients("james@houses4cash.co.uk, ann@other.com, @houses4cash.co.uk, Kim@Houses4Cash.co.uk");
    expect(result.recipients).toEqual(["ann@other.com", "@houses4cash.co.uk"]);
    expect(result.covered).toEqual([
      { value: "james@houses4cash.co.uk", domain: "@houses4cash.co.uk" },
      { value: "kim@houses4cash.co.uk", domain: "@houses4cash.co.uk" },
    ]);
  });

  it("does not treat a domain as covering its subdomains or parent", () => {
    const result = parseRecipients("@example.com a@mail.example.com @mail.example.org b@example.org");
    expect(result.recipients).toEqual(["@example.com", "a@mail.example.com", "@mail.example.org", "b@example.org"]);
    expect(result.covered).toEqual([]);
  });

  it("reduces pasted display names and mailto: links to the address", () => {
    const result = parseRecipients('"Smith, James" <James@Example.com>; Ann Lee <ann@example.com>, mailto:bob@example.com, x@example.com Kim <kim@example.com>');
    expect(result.recipients).toEqual(["james@example.com", "ann@example.com", "bob@example.com", "x@example.com", "kim@example.com"]);
    expect(result.errors).toEqual([]);
  });

  it("reports each invalid piece with a reason and keeps the valid ones", () => {
    const result = parseRecipients("good@example.com example.com @localhost jim@ @ a@b@c.com john..doe@example.com a@-bad.com user@exa_mple.com a@example.c0m no-at-sign");
    expect(result.recipients).toEqual(["good@example.com"]);
    const byValue = Object.fromEntries(result.errors.map((error) => [error.value, error.message]));
    expect(Object.keys(byValue)).toEqual([
      "example.com",
      "@localhost",
      "jim@",
      "@",
      "a@b@c.com",
      "john..doe@example.com",
      "a@-bad.com",
      "user@exa_mple.com",
      "a@example.c0m",
      "no-at-sign",
    ]);
    expect(byValue["example.com"]).toBe("To allow the whole domain write @example.com; otherwise give a full address");
    expect(byValue["@localhost"]).toMatch(/needs a dot/);
    expect(byValue["jim@"]).toMatch(/domain is missing/);
    expect(byValue["no-at-sign"]).toBe("Not an email address or @domain");
  });

  it("enforces the length limits (64 before @, 254 in all)", () => {
    expect(normalizeRecipient(`${"a".repeat(64)}@example.com`)).toEqual({ value: `${"a".repeat(64)}@example.com` });
    expect(normalizeRecipient(`${"a".repeat(65)}@example.com`)).toEqual({ error: "The part before @ is longer than 64 characters" });
    const longDomain = `${["a".repeat(63), "b".repeat(63), "c".repeat(63)].join(".")}.com`; // 195 characters
    expect(normalizeRecipient(`${"x".repeat(58)}@${longDomain}`)).toHaveProperty("value"); // 254
    expect(normalizeRecipient(`${"x".repeat(59)}@${longDomain}`)).toEqual({ error: "Longer than 254 characters" });
    expect(normalizeRecipient(`a@${"b".repeat(64)}.com`)).toHaveProperty("error");
  });

  it("keeps plus addressing and punycode, and converts international domains to ASCII", () => {
    expect(normalizeRecipient("Sales+Leads@Example.com")).toEqual({ value: "sales+leads@example.com" });
    expect(normalizeRecipient("@xn--mnchen-3ya.de")).toEqual({ value: "@xn--mnchen-3ya.de" });
    expect(normalizeRecipient("info@münchen.de")).toEqual({ value: "info@xn--mnchen-3ya.de" });
  });

  it("returns nothing for an empty or blank list", () => {
    expect(parseRecipients("")).toEqual({ recipients: [], errors: [], covered: [] });
    expect(parseRecipients(" ,; \n ")).toEqual({ recipients: [], errors: [], covered: [] });
  });

  it("refuses more than the maximum number of recipients", () => {
    const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `user${i}@example.com`).join(",");
    expect(parseRecipients(many).errors).toEqual([{ value: "", message: `At most ${MAX_RECIPIENTS} recipients; use @domain entries to allow many addresses at once` }]);
  });
});

describe("permittedRecipientsSchema", () => {
  it("normalizes, de-duplicates and drops covered addresses", () => {
    expect(permittedRecipientsSchema.parse(["James@Houses4Cash.co.uk", " @houses4cash.co.uk ", "ann@x.com", "ANN@x.com"])).toEqual([
      "@houses4cash.co.uk",
      "ann@x.com",
    ]);
    expect(permittedRecipientsSchema.parse([])).toEqual([]);
  });

  it("reports invalid entries by index", () => {
    const result = permittedRecipientsSchema.safeParse(["ok@x.com", "example.com", "a b@x.com"]);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[1], "To allow the whole domain write @example.com; otherwise give a full address"],
      [[2], "A recipient cannot contain spaces"],
    ]);
    expect(permittedRecipientsSchema.safeParse("ok@x.com").success).toBe(false);
  });
});
