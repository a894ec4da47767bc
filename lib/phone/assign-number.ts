// Assigning a number to an agent (on OnCallClerk, assigning is acquiring). Checked before the call:
//  - `GET /usage` phone_numbers.allowed === false (no active subscription) → 409 phone_numbers_not_allowed;
//  - GB, DE and AU numbers need an approved (or provisionally approved) regulatory bundle for that
//    country → 409 bundle_required naming the country. When OnCallClerk itself refuses a number for
//    want of a bundle (a country we do not know to be regulated), its 403 becomes the same 409.
// The assignment is never sent twice: when its answer is lost, the agent is read back and the number
// counts as assigned when the agent has it. Once assigned, a failing follow-up read does not turn
// the success into an error (that would invite a second attempt at a number already taken).
import { ApiError } from "@/lib/api/errors";
import { notMade, outcomeUnknown, writeOrReadBack } from "@/lib/api/lost-answer";
import { isOnCallClerkError, type Agent, type AssignedPhoneNumber, type OnCallClerkClient, type RegulatoryBundle } from "@/lib/oncallclerk";
import { countryOfNumber } from "./normalize";
import { BUNDLE_REQUIRED_COUNTRIES, countryLabel, isApprovedBundle, requiresBundle } from "./regulated";

function bundleRequired(country: string | undefined, bundles: RegulatoryBundle[] = []): ApiError {
  const label = country ? countryLabel(country) : "this country";
  const pending = bundles.filter((bundle) => bundle.status).map((bundle) => bundle.status);
  const now = pending.length > 0 ? ` This client's bundles for it are: ${[...new Set(pending)].join(", ")}.` : " This client has none yet.";
  return new ApiError(
    409,
    "bundle_required",
    `A ${label} number needs an approved regulatory bundle for ${country ?? "that country"} before it can be assigned.${now} Create one under the client's regulatory bundles, then assign the number once it is approved.`,
  );
}

export async function assignNumber(oncallclerk: OnCallClerkClient, agentId: string, requestedNumber: string): Promise<Agent> {
  const usage = await oncallclerk.usage.get();
  if (usage.phone_numbers?.allowed === false) {
    throw new ApiError(409, "phone_numbers_not_allowed", "OnCallClerk does not allow phone numbers on this client's account (no active subscription). Renew the subscription, then assign the number.");
  }
  const country = countryOfNumber(requestedNumber, BUNDLE_REQUIRED_COUNTRIES);
  if (country && requiresBundle(country)) {
    const bundles = await oncallclerk.phoneNumbers.listRegulatoryBundles(country);
    if (!bundles.some(isApprovedBundle)) throw bundleRequired(country, bundles);
  }
  const outcome = await writeOrReadBack<{ assigned: AssignedPhoneNumber } | { agent: Agent }>(
    async () => {
      try {
        return { assigned: await oncallclerk.agents.assignPhoneNumber(agentId, { requestedNumber }) };
      } catch (error) {
        if (isOnCallClerkError(error) && error.kind === "forbidden" && /bundle|regulat/i.test(error.upstreamMessage ?? "")) throw bundleRequired(country);
        throw error;
      }
    },
    async (lost) => {
      const agent = await oncallclerk.agents.get(agentId);
      if (agent.phone_number === requestedNumber) return { agent };
      throw notMade(lost, "the agent does not have the number");
    },
    () => outcomeUnknown(`${requestedNumber} was assigned`, "the agent's number"),
  );
  if ("agent" in outcome) return outcome.agent;
  try {
    return await oncallclerk.agents.get(agentId);
  } catch {
    const { agent, phoneNumber, phoneNumberSid } = outcome.assigned;
    return { ...agent, id: agentId, phone_number: phoneNumber, phone_number_sid: phoneNumberSid };
  }
}
