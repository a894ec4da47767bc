// The audit log's readable lines: one sentence for every action of the catalogue, fields named as
// people say them, long values shortened in the line and whole in the detail.
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { changeLines, describeEvent, type DescribableEvent } from "@/lib/audit/describe";
import { fieldLabel, shorten, valueText } from "@/lib/audit/describe-values";

const event = (overrides: Partial<DescribableEvent>): DescribableEvent => ({
  action: "agent.update", actorName: "Dana", actorEmail: "dana@agency.test", tokenName: null, clientName: "Acme Dental",
  targetName: "Reception", targetId: "agent_1", ip: null, changes: null, details: null, ...overrides,
});

describe("describeEvent", () => {
  it("says who changed which field of what, from what to what", () => {
    expect(describeEvent(event({ changes: [{ field: "greeting", before: "Hi", after: "Hello" }] }))).toBe("Dana changed the greeting of Reception (Acme Dental) from “Hi” to “Hello”");
    expect(describeEvent(event({ changes: [{ field: "forwarding_number", before: null, after: "+14155550100" }] }))).toBe(
      "Dana changed the forwarding number of Reception (Acme Dental) from (empty) to “+14155550100”",
    );
  });

  it("names several fields, and counts the rest past four", () => {
    const changes = ["greeting", "system_prompt", "faq"].map((field) => ({ field, before: "a", after: "b" }));
    expect(describeEvent(event({ changes }))).toBe("Dana changed the greeting, system prompt and FAQ of Reception (Acme Dental)");
    const many = ["greeting", "system_prompt", "faq", "voice_id", "business_hours"].map((field) => ({ field, before: 1, after: 2 }));
    expect(describeEvent(event({ changes: many }))).toBe("Dana changed the greeting, system prompt, FAQ and 2 more settings of Reception (Acme Dental)");
  });

  it("shortens long values in the line and keeps them whole in the detail", () => {
    const prompt = `You are the receptionist of Acme Dental. ${"Be kind. ".repeat(40)}`;
    const line = describeEvent(event({ changes: [{ field: "system_prompt", before: "Old", after: prompt }] }));
    expect(line).toMatch(/to “You are the receptionist of Acme Dental…”$/);
    expect(line.length).toBeLessThan(140);
    expect(changeLines(event({ changes: [{ field: "system_prompt", before: "Old", after: prompt }] }))).toEqual([{ field: "system_prompt", label: "system prompt", before: "Old", after: prompt }]);
  });

  it("shows booleans as on/off in the line, and structures (hours, FAQ) only in the detail, as JSON", () => {
    const hours = { enabled: true, timezone: "Europe/London" };
    expect(describeEvent(event({ action: "account.update", changes: [{ field: "weeklyReports", before: false, after: true }] }))).toBe(
      "Dana changed the weekly reports of the OnCallClerk profile of Acme Dental from off to on",
    );
    expect(describeEvent(event({ changes: [{ field: "business_hours", before: null, after: hours }] }))).toBe("Dana changed the business hours of Reception (Acme Dental)");
    expect(describeEvent(event({ changes: [{ field: "faq", before: [], after: [{ question: "Parking?", answer: "Yes" }] }] }))).toBe("Dana changed the FAQ of Reception (Acme Dental)");
    expect(describeEvent(event({ changes: [{ field: "functions_enabled", before: [], after: ["email"] }] }))).toBe("Dana changed the enabled functions of Reception (Acme Dental) from (none) to “email”");
    expect(changeLines(event({ changes: [{ field: "business_hours", before: null, after: hours }] }))[0]?.after).toBe(JSON.stringify(hours, null, 2));
  });

  it("says when a change came through an API token, and copes with a removed client or missing name", () => {
    expect(describeEvent(event({ action: "agent.create", tokenName: "CI deploys" }))).toBe("Dana (API token “CI deploys”) created the agent Reception (Acme Dental)");
    expect(describeEvent(event({ action: "client.delete", clientName: null }))).toBe("Dana removed the client a removed client from the portal");
    expect(describeEvent(event({ action: "agent.delete", targetName: null, details: { phoneNumberReleased: "+14155550100" } }))).toBe(
      "Dana deleted the agent agent_1 (Acme Dental) and released +14155550100",
    );
  });

  it("has a sentence of its own for every action in the catalogue", () => {
    const lines = Object.keys(AUDIT_ACTIONS).map((action) => describeEvent(event({ action, details: {}, changes: [] })));
    for (const line of lines) {
      expect(line).toMatch(/^Dana [a-z]/);
      expect(line).not.toMatch(/did |undefined|null|\[object/);
    }
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("words the specific actions", () => {
    expect(describeEvent(event({ action: "auth.sign_in", clientName: null, ip: "203.0.113.7" }))).toBe("Dana signed in from 203.0.113.7");
    expect(describeEvent(event({ action: "client.key_replace", changes: [{ field: "keyHint", before: "…1234", after: "…5678" }] }))).toBe(
      "Dana replaced the OnCallClerk key of Acme Dental (…1234 → …5678)",
    );
    expect(describeEvent(event({ action: "number.assign", details: { number: "+14155550100" } }))).toBe("Dana assigned +14155550100 to Reception (Acme Dental)");
    expect(describeEvent(event({ action: "agent.email_function", details: { enabled: true, permittedRecipients: ["ann@example.org", "@acme.test"] } }))).toBe(
      "Dana turned on the email function of Reception (Acme Dental), allowed to email ann@example.org and @acme.test",
    );
    expect(describeEvent(event({ action: "bundle.submit", details: { isoCountry: "GB", complianceType: "business" } }))).toBe("Dana submitted a business regulatory bundle for GB for Acme Dental");
    expect(describeEvent(event({ action: "transcript.sync", details: { full: true } }))).toBe("Dana started a full resync of Acme Dental's calls");
    expect(describeEvent(event({ action: "agent.restore", details: { restoredFrom: 3, version: 7 } }))).toBe("Dana restored version 3 of Reception (Acme Dental) (now version 7)");
    const restoredGreeting = event({ action: "agent.restore", details: { restoredFrom: 3, version: 7 }, changes: [{ field: "greeting", before: "Hi", after: "Hello" }] });
    expect(describeEvent(restoredGreeting)).toBe("Dana restored version 3 of Reception (Acme Dental) (now version 7): greeting");
    expect(describeEvent(event({ action: "member.invite", clientName: null, targetName: "sam@x.test", details: { role: "Viewer", clients: "Acme Dental" } }))).toBe("Dana invited “sam@x.test” as Viewer for Acme Dental");
    expect(describeEvent(event({ action: "member.invite", clientName: null, targetName: "al@x.test", details: { role: "Admin", clients: "All clients" } }))).toBe("Dana invited “al@x.test” as Admin for every client");
    expect(describeEvent(event({ action: "member.update", clientName: null, targetName: "Sam", changes: [{ field: "role", before: "Member", after: "Admin" }] }))).toBe(
      "Dana changed the role of “Sam” from “Member” to “Admin”",
    );
    expect(describeEvent(event({ action: "member.remove", clientName: null, targetName: "Dana", details: { left: true } }))).toBe("Dana left the agency");
    expect(describeEvent(event({ action: "token.revoke", clientName: null, targetName: "CI", details: { owner: { name: "Sam" } } }))).toBe("Dana revoked the API token “CI” of Sam");
    expect(describeEvent(event({ action: "token.revoke", clientName: null, targetName: "CI", actorId: "u1", details: { owner: { id: "u1", name: "Dana" } } }))).toBe("Dana revoked their API token “CI”");
  });
});

describe("values in full", () => {
  it("reads moments as a date and a time in UTC", () => {
    expect(valueText("2026-12-11T06:23:16.387Z")).toBe("11 Dec 2026, 06:23 UTC");
    expect(valueText("not 2026-12-11")).toBe("not 2026-12-11");
  });

  it("reads an FAQ as numbered questions and answers, not JSON", () => {
    const faq = [{ question: "Open Saturdays?", answer: "Yes, 9 to 1." }, { question: "Parking?", answer: "Behind the building." }];
    expect(valueText(faq)).toBe("1. Open Saturdays?\n   Yes, 9 to 1.\n2. Parking?\n   Behind the building.");
    expect(valueText({ enabled: true })).toContain('"enabled": true');
  });
});

describe("field labels and shortening", () => {
  it("humanises known and unknown field names", () => {
    expect(fieldLabel("system_prompt")).toBe("system prompt");
    expect(fieldLabel("personalPhoneNumber")).toBe("personal phone number");
    expect(fieldLabel("voice_settings.stability")).toBe("voice settings stability");
    expect(fieldLabel("someNewField")).toBe("some new field");
  });

  it("folds whitespace and cuts with an ellipsis", () => {
    expect(shorten("a\n\n b   c")).toBe("a b c");
    expect(shorten("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
