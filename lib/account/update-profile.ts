// Changing the client's OnCallClerk profile (`PUT /user`). The answer's shape is undocumented, so
// the profile is re-read when it is not echoed. A PUT whose answer is lost is not sent again: the
// profile is read back, and the change counts as made when every field shows the value sent.
import { notMade, outcomeUnknown, writeOrReadBack } from "@/lib/api/lost-answer";
import { fromUpstreamError } from "@/lib/api/upstream-errors";
import { isOnCallClerkError, type OnCallClerkClient, type UserProfile } from "@/lib/oncallclerk";
import type { UpdateProfileBody } from "./schemas";

function showsUpdate(profile: UserProfile, input: UpdateProfileBody): boolean {
  return Object.entries(input).every(([field, value]) => value === undefined || (profile as Record<string, unknown>)[field] === value);
}

/** The profile as it is before a change (for the audit log). Nothing was sent yet when it fails. */
export async function profileBeforeChange(oncallclerk: OnCallClerkClient): Promise<UserProfile> {
  try {
    return await oncallclerk.user.get();
  } catch (error) {
    throw isOnCallClerkError(error) ? fromUpstreamError(error, "unchanged") : error;
  }
}

export async function updateProfile(oncallclerk: OnCallClerkClient, input: UpdateProfileBody): Promise<UserProfile> {
  const echoed = await writeOrReadBack(
    () => oncallclerk.user.update(input),
    async (lost) => {
      const now = await oncallclerk.user.get();
      if (showsUpdate(now, input)) return now;
      throw notMade(lost, "reading the profile back shows it without your changes");
    },
    () => outcomeUnknown("the profile changes were saved", "the client's account page"),
  );
  return echoed ?? (await oncallclerk.user.get());
}
