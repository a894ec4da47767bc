// Only same-site paths may be used as a post-sign-in destination (no open redirects). Browsers strip
// tabs and newlines from URLs, so "/\t/evil.test" would become "//evil.test": anything with control
// characters or whitespace is refused outright, and the rest must resolve to our own origin.
// Resolving collapses dot segments ("/.//evil.test", "/a/..//evil.test", "/%2e//evil.test" all
// become "//evil.test"), and a path starting "//" or "/\" is another host to a browser: such a
// result is refused, and the result must come out of a second resolution unchanged.
const PROBE_ORIGIN = "http://portal.invalid";

function resolveOnSite(value: string): string | null {
  if (!value.startsWith("/") || /[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return null;
  try {
    const url = new URL(value, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return null;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return /^\/[/\\]/.test(path) ? null : path;
  } catch {
    return null;
  }
}

export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value) return "/";
  const once = resolveOnSite(value);
  if (once === null) return "/";
  // Normalisation must be finished: what we hand the browser has to mean the same when it resolves it.
  return resolveOnSite(once) === once ? once : "/";
}

/**
 * next-auth's `redirect` callback: a URL of our own origin (or a path) keeps its safe path, anything
 * else goes home. Never throws: next-auth answers an empty 500 when it does (e.g. "http://x:99999/").
 */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  try {
    const base = new URL(baseUrl);
    const home = base.origin;
    if (url.startsWith("/")) return `${home}${safeCallbackUrl(url)}`;
    const target = new URL(url);
    if (target.origin !== base.origin) return `${home}/`;
    return `${home}${safeCallbackUrl(`${target.pathname}${target.search}${target.hash}`)}`;
  } catch {
    try {
      return `${new URL(baseUrl).origin}/`;
    } catch {
      return "/";
    }
  }
}
