// Writes whose answer never arrived. An outage, a proxy's HTML error page or an unreadable body
// after a POST/PUT/DELETE does not mean OnCallClerk did nothing: it may have carried the request
// out before the answer was lost. Such a write is never repeated; it is read back, and the person
// is told what the read-back shows — or, when even that fails, that nobody knows yet.
import { isOnCallClerkError, type OnCallClerkError } from "@/lib/oncallclerk";
import { ApiError } from "./errors";

/** The request may or may not have been carried out (as opposed to a clear refusal: 4xx). */
export function answerLost(error: unknown): error is OnCallClerkError {
  return isOnCallClerkError(error) && (error.kind === "unavailable" || error.kind === "unexpected_response");
}

/** The read-back failed too: say so, and what to look at before trying again. */
export function outcomeUnknown(what: string, check: string): ApiError {
  return new ApiError(
    502,
    "upstream_outcome_unknown",
    `OnCallClerk did not confirm whether ${what}, and could not be asked afterwards. Check ${check} before trying again, so it is not done twice.`,
  );
}

/** The read-back shows the write did not land: repeating it is safe. */
export function notMade(error: OnCallClerkError, shows: string): ApiError {
  return new ApiError(502, "upstream_unavailable", `OnCallClerk is not answering properly right now (${error.message}). Nothing was changed: ${shows}. Try again in a moment.`);
}

/**
 * Runs the write; when its answer is lost, asks `readBack` instead of failing. `readBack` answers
 * the confirmed outcome (or throws notMade); when it fails itself, the outcome is unknown.
 */
export async function writeOrReadBack<T>(write: () => Promise<T>, readBack: (lost: OnCallClerkError) => Promise<T>, unknown: () => ApiError): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!answerLost(error)) throw error;
    try {
      return await readBack(error);
    } catch (readError) {
      if (readError instanceof ApiError) throw readError;
      throw unknown();
    }
  }
}
