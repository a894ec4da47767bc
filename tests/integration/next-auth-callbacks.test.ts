// Our next-auth options inside next-auth's own request handling (its public handler, in the form
// that takes a Node-style request and response, since the App Router form needs a running Next):
// the session endpoint honours the server-side session row, and redirects stay on our origin
// without ever turning a malformed callbackUrl into an empty 500.
import NextAuth from "next-auth";
import { beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { createUserSession, deleteUserSession } from "@/lib/auth/sessions";
import { useHarness, withEnv } from "./support/harness";
import { createOwner, sessionCookie, TEST_PASSWORD, type TestUser } from "./support/users";

useHarness();
const ORIGIN = "http://localhost:3000";

let owner: TestUser;

beforeAll(async () => {
  owner = await createOwner("nextauth");
});

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

/** One /api/auth/<path> request through next-auth's handler; the answer as it would be sent. */
async function auth(path: string[], req: { method?: string; cookies?: Record<string, string>; body?: Record<string, string> } = {}): Promise<Answer> {
  const answer: Answer = { status: 200, headers: {}, body: undefined };
  const res = {
    status(code: number) {
      answer.status = code;
      return res;
    },
    setHeader(name: string, value: unknown) {
      answer.headers[name.toLowerCase()] = value;
      return res;
    },
    getHeader: (name: string) => answer.headers[name.toLowerCase()],
    send(body: unknown) {
      answer.body = body;
      return res;
    },
    json(body: unknown) {
      answer.body = body;
      return res;
    },
    end: () => res,
  };
  const request = { method: "GET", headers: { host: "localhost:3000" }, cookies: {}, body: {}, ...req, query: { nextauth: path } };
  await withEnv({ NEXTAUTH_URL: ORIGIN }, () => (NextAuth as unknown as (a: unknown, b: unknown, c: unknown) => Promise<unknown>)(request, res, authOptions()));
  return answer;
}

/** Where the browser ends up: the answer's URL as a browser resolves it. */
const destination = (answer: Answer) => new URL((answer.body as { url: string }).url).href;

const tokenOf = (cookie: string) => cookie.slice(cookie.indexOf("=") + 1);

describe("GET /api/auth/session", () => {
  it("answers the person for a live session and no session once its row is gone", async () => {
    const sessionId = await createUserSession(owner.user.id);
    const live = await sessionCookie(owner.user.id, { sessionId });
    const signedIn = await auth(["session"], { cookies: { "next-auth.session-token": tokenOf(live) } });
    expect(signedIn.body).toMatchObject({ user: { id: owner.user.id } });

    await deleteUserSession(sessionId); // what signing out does
    const signedOut = await auth(["session"], { cookies: { "next-auth.session-token": tokenOf(live) } });
    expect(signedOut.body).toEqual({});
  });
});

async function csrf(): Promise<{ token: string; cookie: string }> {
  const result = await auth(["csrf"]);
  const setCookies = (result.headers["set-cookie"] ?? []) as string[];
  const cookie = setCookies.find((line) => line.startsWith("next-auth.csrf-token="))!;
  return { token: (result.body as { csrfToken: string }).csrfToken, cookie: decodeURIComponent(cookie.split(";")[0]!.split("=")[1]!) };
}

describe("POST /api/auth/callback/credentials", () => {
  const signIn = async (callbackUrl: string) => {
    const { token, cookie } = await csrf();
    return auth(["callback", "credentials"], {
      method: "POST",
      cookies: { "next-auth.csrf-token": cookie },
      body: { email: owner.user.email, password: TEST_PASSWORD, csrfToken: token, callbackUrl, json: "true" },
    });
  };

  it("never fails on a malformed callbackUrl, and sends the person home instead", async () => {
    const result = await signIn("http://x:99999/");
    expect(result.status).toBeLessThan(500);
    expect(destination(result)).toBe(`${ORIGIN}/`);
  });

  it("keeps same-origin destinations and refuses every other", async () => {
    expect(destination(await signIn("/clients?tab=1"))).toBe(`${ORIGIN}/clients?tab=1`);
    for (const bad of ["https://evil.test/", "//evil.test", "/.//evil.test", "/%2e//evil.test", `${ORIGIN}/..//evil.test`]) {
      expect(destination(await signIn(bad)), bad).toBe(`${ORIGIN}/`);
    }
  });
});
