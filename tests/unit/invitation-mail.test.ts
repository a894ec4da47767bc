// The SMTP settings read from SMTP_URL, and the text of an invitation mail.
import { describe, expect, it } from "vitest";
import { invitationText, smtpOptions } from "@/lib/invitations/mail";

describe("smtpOptions", () => {
  it("reads host, port, TLS and percent-encoded credentials from the URL", () => {
    expect(smtpOptions("smtps://mailer%40agency.test:p%40ss%3Aword@mail.agency.test")).toMatchObject({
      host: "mail.agency.test",
      port: 465,
      secure: true,
      auth: { user: "mailer@agency.test", pass: "p@ss:word" },
    });
    const plain = smtpOptions("smtp://127.0.0.1:2525");
    expect(plain).toMatchObject({ host: "127.0.0.1", port: 2525, secure: false });
    expect(plain).not.toHaveProperty("auth");
    expect(smtpOptions("smtp://relay.internal").port).toBe(587);
  });

  it("never waits on a silent server for minutes", () => {
    const options = smtpOptions("smtp://relay.internal");
    expect(options.connectionTimeout).toBeLessThanOrEqual(10_000);
    expect(options.socketTimeout).toBeLessThanOrEqual(20_000);
  });
});

describe("invitationText", () => {
  it("says who invites to which agency with what role, the link, and when it expires", () => {
    const text = invitationText({
      to: "casey@acme.test",
      url: "https://portal.example/invite/inv_x",
      agencyName: "Northwind Digital",
      inviterName: "Dana Demo",
      role: "client_user",
      expiresAt: new Date("2026-12-11T05:00:00Z"),
    });
    expect(text).toContain("Dana Demo invited you to join Northwind Digital");
    expect(text).toContain("as Client user");
    expect(text).toContain("https://portal.example/invite/inv_x");
    expect(text).toContain("Fri, 11 Dec 2026 05:00:00 GMT");
  });
});
