// Permitted recipients of an agent's email function: full addresses ("james@example.com") or whole
// domains ("@example.com"), as the reference allows. Parsed from whatever people paste (commas,
// semicolons, spaces, new lines, "Name <address>"), validated, lower-cased and de-duplicated.
// An address whose exact domain is also listed as "@domain" is dropped as redundant; a domain does
// not cover its subdomains ("@example.com" does not cover "a@mail.example.com"), since the reference
// does not say it does.
import { z } from "zod";

export const MAX_RECIPIENT_LENGTH = 254; // RFC 5321 path limit
/** Our bound, not the reference's (the same as lib/agents/email-function.ts): use @domain entries for more. */
export const MAX_RECIPIENTS = 100;

export interface RecipientsParseResult {
  recipients: string[];
  errors: { value: string; message: string }[];
  /** Addresses dropped because their "@domain" is listed too. */
  covered: { value: string; domain: string }[];
}

// RFC 5322 dot-atom (no quoted local parts, no comments): letters, digits and !#$%&'*+/=?^_`{|}~-.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** "münchen.de" → "xn--mnchen-3ya.de"; null when it is not a host name. */
function asciiDomain(domain: string): string | null {
  if (/^[\x21-\x7e]*$/.test(domain)) return domain;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

function domainProblem(domain: string): string | null {
  if (domain === "") return "the domain is missing";
  const ascii = asciiDomain(domain);
  if (ascii === null || ascii.length > 253) return `"${domain}" is not a valid domain`;
  const labels = ascii.split(".");
  if (labels.length < 2) return `the domain "${domain}" needs a dot, like example.com`;
  if (!labels.every((label) => LABEL.test(label))) return `"${domain}" is not a valid domain`;
  if (!TLD.test(labels.at(-1) ?? "")) return `"${domain}" does not end in a valid top-level domain`;
  return null;
}

/**
 * One recipient, lower-cased (the domain in ASCII form), or the reason it is refused. `"example.com"`
 * without "@" is refused with a hint, since it could mean the domain or be a typo.
 */
export function normalizeRecipient(raw: string): { value: string } | { error: string } {
  const value = raw.trim().toLowerCase();
  if (value === "") return { error: "Empty recipient" };
  if (/\s/.test(value)) return { error: "A recipient cannot contain spaces" };
  if (value.length > MAX_RECIPIENT_LENGTH) return { error: `Longer than ${MAX_RECIPIENT_LENGTH} characters` };
  const at = value.lastIndexOf("@");
  if (at === -1) {
    return domainProblem(value) === null
      ? { error: `To allow the whole domain write @${value}; otherwise give a full address` }
      : { error: "Not an email address or @domain" };
  }
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const problem = domainProblem(domain);
  if (problem) return { error: `Not an email address or @domain: ${problem}` };
  const asciiHost = asciiDomain(domain) ?? domain;
  if (local === "") return { value: `@${asciiHost}` };
  if (local.length > 64) return { error: "The part before @ is longer than 64 characters" };
  if (!LOCAL_PART.test(local)) return { error: "Not an email address: the part before @ has characters addresses cannot have" };
  const address = `${local}@${asciiHost}`;
  return address.length > MAX_RECIPIENT_LENGTH ? { error: `Longer than ${MAX_RECIPIENT_LENGTH} characters` } : { value: address };
}

/** Lower-cased, de-duplicated, first occurrence first, addresses covered by a listed "@domain" removed. */
function reduceRecipients(values: string[]): Pick<RecipientsParseResult, "recipients" | "covered"> {
  const unique = [...new Set(values)];
  const domains = new Set(unique.filter((value) => value.startsWith("@")));
  const recipients: string[] = [];
  const covered: RecipientsParseResult["covered"] = [];
  for (const value of unique) {
    const domain = value.startsWith("@") ? null : value.slice(value.lastIndexOf("@"));
    if (domain !== null && domains.has(domain)) covered.push({ value, domain });
    else recipients.push(value);
  }
  return { recipients, covered };
}

/**
 * Parses a pasted list: separated by commas, semicolons, spaces or new lines; "James <james@x.com>"
 * and "mailto:" are reduced to the address. Every refused piece is reported with its reason.
 */
export function parseRecipients(text: string): RecipientsParseResult {
  const errors: RecipientsParseResult["errors"] = [];
  const values: string[] = [];
  for (const piece of splitRecipients(text)) {
    const result = normalizeRecipient(piece);
    if ("value" in result) values.push(result.value);
    else errors.push({ value: piece, message: result.error });
  }
  const reduced = reduceRecipients(values);
  if (reduced.recipients.length > MAX_RECIPIENTS) {
    errors.push({ value: "", message: `At most ${MAX_RECIPIENTS} recipients; use @domain entries to allow many addresses at once` });
  }
  return { ...reduced, errors };
}

function splitRecipients(text: string): string[] {
  const pieces: string[] = [];
  // Quoted text is always a display name ("Smith, James" <james@x.com>): quoted local parts are not accepted anyway.
  const unquoted = text.replace(/"[^"]*"/g, " ").replace(/mailto:/gi, " ");
  for (const chunk of unquoted.split(/[,;\n\r]+/)) {
    if (!/<[^<>]*>/.test(chunk)) {
      pieces.push(...chunk.split(/\s+/));
      continue;
    }
    // A chunk with "<address>" is "Display Name <address>": outside the brackets, words without "@" are the name.
    for (const part of chunk.split(/(<[^<>]*>)/)) {
      if (part.startsWith("<") && part.endsWith(">")) pieces.push(part.slice(1, -1));
      else pieces.push(...part.split(/\s+/).filter((word) => word.includes("@")));
    }
  }
  return pieces.filter((piece) => piece.trim() !== "");
}

export const recipientSchema = z.string().transform((raw, ctx) => {
  const result = normalizeRecipient(raw);
  if ("value" in result) return result.value;
  ctx.addIssue({ code: "custom", message: result.error });
  return z.NEVER;
});

/**
 * `params.permitted_recipients`: each entry validated and lower-cased; the array de-duplicated with
 * covered addresses dropped (so the output may be shorter than the input). Empty is allowed.
 */
export const permittedRecipientsSchema = z
  .array(recipientSchema)
  .max(MAX_RECIPIENTS, `At most ${MAX_RECIPIENTS} recipients; use @domain entries to allow many addresses at once`)
  .transform((values) => reduceRecipients(values).recipients);
