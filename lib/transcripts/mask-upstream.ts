// OnCallClerk's own transcripts (the agent transcript routes pass them through): masked the same way
// as the cache's for people whose role sees callers masked.
import type { CountryCode } from "libphonenumber-js";
import { maskNumbersInText, maskPhone } from "@/lib/auth/caller-mask";
import type { Transcript } from "@/lib/oncallclerk/schemas/transcripts";

export function maskUpstreamTranscript<T extends Transcript>(transcript: T, country: string): T {
  const region = country as CountryCode;
  return {
    ...transcript,
    caller: maskPhone(transcript.caller, region),
    summary: typeof transcript.summary === "string" ? maskNumbersInText(transcript.summary, region) : transcript.summary,
    ...(transcript.conversation ? { conversation: transcript.conversation.map((turn) => ({ ...turn, text: maskNumbersInText(turn.text, region) })) } : {}),
  };
}
