// Only same-site paths may be used as a post-sign-in destination (no open redirects). Browsers strip
// tabs and newlines from URLs, so "/\t/evil.test" would become "//evil.test": anything with control
// characters or whitespace is refused outright, and the rest must resolve to our own origin.
const PROBE_ORIGIN = "http://portal.invalid";

export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return "/";
  try {
    const url = new URL(value, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
