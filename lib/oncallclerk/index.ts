// Public surface of the OnCallClerk client. Server-only: it handles the tenant's API key.
// (The canned test server lives in ./testing and is deliberately not re-exported here.)
export { createOnCallClerkClient, type OnCallClerkClient, type OnCallClerkClientOptions } from "./client";
export {
  OnCallClerkError,
  isOnCallClerkError,
  type OnCallClerkErrorKind,
  type OnCallClerkIssue,
} from "./errors";
export { normalizeFunctionsEnabled } from "./functions-enabled";
export { parseRetryAfter } from "./retry-after";
export { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, type RequestGate } from "./transport";
export { paths as onCallClerkPaths } from "./paths";
export * from "./schemas/agents";
export * from "./schemas/numbers";
export * from "./schemas/bundles";
export * from "./schemas/transcripts";
export * from "./schemas/voices";
export * from "./schemas/account";
export { e164Schema, isoCountrySchema, timezoneSchema } from "./schemas/common";
