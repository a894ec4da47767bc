// The agent editor's form model: FAQ row keys are part of element ids, so the server's render and
// the browser's must agree — they depend on the form alone, never on what was rendered before.
import { describe, expect, it } from "vitest";
import { faqRow, formFromAgent, nextFaqKey } from "@/app/(portal)/clients/[clientId]/agents/_editor/agent-form-model";

const agent = {
  id: "agt_1",
  faq: [
    { question: "Parking?", answer: "Behind the shop." },
    { question: "Open Sundays?", answer: "No." },
  ],
};

describe("FAQ row keys", () => {
  it("are the same every time a form is built from the same agent (server and browser agree)", () => {
    const first = formFromAgent(agent, "UTC").faq.map((row) => row.key);
    formFromAgent({ id: "agt_2", faq: [{ question: "Other?", answer: "Yes." }] }, "UTC"); // another page render in between
    const second = formFromAgent(agent, "UTC").faq.map((row) => row.key);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it("for new rows are unique within the form, whatever was removed before", () => {
    const rows = formFromAgent(agent, "UTC").faq;
    const added = faqRow(nextFaqKey(rows));
    expect(rows.map((row) => row.key)).not.toContain(added.key);
    const afterRemoval = [rows[1]!, added];
    expect(afterRemoval.map((row) => row.key)).not.toContain(nextFaqKey(afterRemoval));
    expect(nextFaqKey([])).toBe(1);
  });
});
