// `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3); OnCallClerk's proxy
// has been seen sending both, and sometimes none at all.

export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (value === "") return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  // Only accept things that look like an HTTP date; Date.parse is too forgiving otherwise ("1.5").
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
