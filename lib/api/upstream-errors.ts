// OnCallClerk failures, as our envelope. The upstream's own words are kept where they help the
// person (validation messages); nothing here ever includes the client's API key.
import { isOnCallClerkError, type OnCallClerkError } from "@/lib/oncallclerk";
import { ApiError } from "./errors";

/**
 * What is known about the change when OnCallClerk's answer is lost: "unchanged" only for reads
 * (GET routes) and for writes a read-back showed did not land; anything else "unknown", because
 * OnCallClerk may have carried out a write whose answer a proxy then replaced with an error page.
 */
export type UpstreamOutcome = "unchanged" | "unknown";

export function fromUpstreamError(error: OnCallClerkError, outcome: UpstreamOutcome = "unknown"): ApiError {
  const upstream = error.upstreamMessage ? `: ${error.upstreamMessage}` : "";
  switch (error.kind) {
    case "invalid_key":
      return new ApiError(502, "client_key_rejected", "OnCallClerk rejected this client's API key — update the key in the client's settings");
    case "forbidden":
      return new ApiError(502, "upstream_forbidden", `OnCallClerk refused this request for the client's account${upstream}`);
    case "not_found":
      return new ApiError(404, "upstream_not_found", `OnCallClerk could not find it${upstream}`);
    case "validation":
      return new ApiError(422, "upstream_validation", `OnCallClerk did not accept the change${upstream}`);
    case "conflict":
      return new ApiError(409, "upstream_conflict", `OnCallClerk reported a conflict${upstream}`);
    case "rate_limited":
      return new ApiError(429, "upstream_rate_limited", "OnCallClerk is rate-limiting this client's key; try again shortly", {
        ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      });
    default:
      if (outcome === "unknown") {
        return new ApiError(
          502,
          "upstream_unavailable",
          `OnCallClerk is not answering properly right now (${error.message}). It did not confirm the request, so a change may or may not have been made: check before trying again.`,
        );
      }
      return new ApiError(502, "upstream_unavailable", `OnCallClerk is not answering properly right now (${error.message}). Nothing was changed; try again in a moment.`);
  }
}

export { isOnCallClerkError };
