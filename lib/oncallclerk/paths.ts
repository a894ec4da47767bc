// Every upstream path in one place. Ids are opaque (agt_…, tr_…, agent_main…): never validate by
// prefix, always encode, because a "/" or "?" in an id must not change which endpoint we call.

import { OnCallClerkError } from "./errors";

// "." and ".." survive encoding as dot segments that URL parsers collapse, so `/agents/..` would
// call a different endpoint; an empty id would too. Refuse them before any request is made.
const seg = (value: string) => {
  if (value === "" || value === "." || value === "..") {
    throw new OnCallClerkError({ kind: "validation", message: `"${value}" is not a valid OnCallClerk id` });
  }
  return encodeURIComponent(value);
};

export const paths = {
  agents: () => "/agents",
  agent: (agentId: string) => `/agents/${seg(agentId)}`,
  agentPhone: (agentId: string) => `/agents/${seg(agentId)}/phone`,
  // Singular "/agent/" is what the reference says (every other path is plural). If the live API
  // turns out to be plural, this is the only line to change.
  agentEmailFunction: (agentId: string) => `/agent/${seg(agentId)}/functions/email`,
  transcripts: (agentId: string) => `/agents/${seg(agentId)}/transcripts`,
  transcript: (agentId: string, transcriptId: string) =>
    `/agents/${seg(agentId)}/transcripts/${seg(transcriptId)}`,
  availableNumbers: () => "/phone-numbers/available",
  regulatoryBundles: (isoCountry: string) => `/phone-numbers/regulatory-bundles/${seg(isoCountry)}`,
  regulatoryBundle: () => "/phone-numbers/regulatory-bundle",
  voices: () => "/voices",
  user: () => "/user",
  subscription: () => "/subscription",
  usage: () => "/usage",
} as const;
