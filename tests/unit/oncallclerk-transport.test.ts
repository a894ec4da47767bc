import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOnCallClerkClient, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from "@/lib/oncallclerk";
import { startCannedServer, type CannedServer } from "../support/canned-server";

let server: CannedServer;
beforeAll(async () => {
  server = await startCannedServer();
  server.fallback({ json: { success: true, data: [] } });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

// Records the RequestInit and still performs the real request (not a mock).
function recordingFetch() {
  const inits: RequestInit[] = [];
  const spy: typeof fetch = (input, init) => {
    inits.push(init ?? {});
    return fetch(input, init);
  };
  return { spy, inits };
}

describe("transport", () => {
  it("sends bearer auth and Accept, never caches, never follows redirects, always has a deadline", async () => {
    const { spy, inits } = recordingFetch();
    const client = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: server.url, fetch: spy });
    await client.voices.list();
    const headers = server.requests[0]?.headers;
    expect(headers?.authorization).toBe("Bearer occ_test_key");
    expect(headers?.accept).toBe("application/json");
    expect(headers?.["content-type"]).toBeUndefined(); // no body, no content type
    expect(inits[0]).toMatchObject({ method: "GET", cache: "no-store", redirect: "manual" });
    expect(inits[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it("JSON bodies carry Content-Type application/json", async () => {
    const client = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: server.url });
    server.on("PUT", "/user", { json: { success: true } });
    await client.user.update({ firstName: "Jane" });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(server.requests[0]?.body.toString("utf8")).toBe('{"firstName":"Jane"}');
  });

  it("tolerates a trailing slash and a path prefix in the base URL", async () => {
    const client = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: `${server.url}/v1///` });
    await client.voices.list();
    expect(server.requests[0]?.url).toBe("/v1/voices");
  });

  it("encodes query values", async () => {
    const client = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: server.url });
    server.on("GET", "/phone-numbers/available", { json: { success: true, data: { numbers: [] } } });
    await client.phoneNumbers.searchAvailable({ contains: "55&x=1" });
    expect(server.requests[0]?.url).toBe("/phone-numbers/available?contains=55%26x%3D1");
    expect(server.requests[0]?.query.get("contains")).toBe("55&x=1");
  });

  it("defaults: 30 s timeout and the public base URL", () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
    expect(DEFAULT_BASE_URL).toBe("https://api.oncallclerk.com");
  });

  it("rejects a nonsense base URL at construction", () => {
    expect(() => createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: "not a url" })).toThrow();
  });
});

describe("ONCALLCLERK_BASE_URL", () => {
  const saved = process.env.ONCALLCLERK_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ONCALLCLERK_BASE_URL;
    else process.env.ONCALLCLERK_BASE_URL = saved;
  });

  it("is the base URL when no option is given (one per deployment)", async () => {
    process.env.ONCALLCLERK_BASE_URL = `${server.url}/env/`;
    const client = createOnCallClerkClient({ apiKey: "occ_test_key" });
    await client.voices.list();
    expect(server.requests[0]?.url).toBe("/env/voices");
  });

  it("falls back to the public API when unset", async () => {
    delete process.env.ONCALLCLERK_BASE_URL;
    const { spy, inits } = recordingFetch();
    const urls: string[] = [];
    const client = createOnCallClerkClient({
      apiKey: "occ_test_key",
      // Capture the URL, then answer locally so the test never touches the network.
      fetch: (input, init) => {
        urls.push(String(input));
        return spy(server.url + "/voices", init);
      },
    });
    await client.voices.list();
    expect(urls).toEqual(["https://api.oncallclerk.com/voices"]);
    expect(inits).toHaveLength(1);
  });
});
