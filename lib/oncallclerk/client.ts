import { createAgentsApi } from "./resources/agents";
import { createSubscriptionApi, createUsageApi, createUserApi, createVoicesApi } from "./resources/account";
import { createPhoneNumbersApi } from "./resources/phone-numbers";
import { createTranscriptsApi } from "./resources/transcripts";
import { withScrubbedErrors } from "./redact";
import { createTransport, type RequestGate } from "./transport";

export type OnCallClerkClientOptions = {
  apiKey: string;
  /** Tests only. Production uses ONCALLCLERK_BASE_URL (one per deployment), never a DB value. */
  baseUrl?: string;
  /** Defaults to 30 000 ms, like the vendor's SDK. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Runs around every request (the portal's per-key request budget). */
  gate?: RequestGate;
};

/**
 * A client bound to one API key. Cheap to create: build one per request from the decrypted key
 * rather than caching it, so the key does not outlive the request that needed it.
 */
export function createOnCallClerkClient(opts: OnCallClerkClientOptions) {
  const request = createTransport(opts);
  // Every error leaves through here with the key scrubbed from message, upstream text and issues.
  const guard = <T extends Parameters<typeof withScrubbedErrors>[0]>(api: T) => withScrubbedErrors(api, opts.apiKey);
  return {
    agents: guard(createAgentsApi(request)),
    phoneNumbers: guard(createPhoneNumbersApi(request)),
    transcripts: guard(createTranscriptsApi(request)),
    voices: guard(createVoicesApi(request)),
    user: guard(createUserApi(request)),
    subscription: guard(createSubscriptionApi(request)),
    usage: guard(createUsageApi(request)),
  };
}

export type OnCallClerkClient = ReturnType<typeof createOnCallClerkClient>;
