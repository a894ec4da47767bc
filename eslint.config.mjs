import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      // Unused values are mistakes, except the conventional `_name` for deliberately ignored ones.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Secrets and customer data must not reach logs by accident; log on purpose with console.error/warn.
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    // Command-line tools talk to people through stdout.
    files: ["lib/cli/**", "lib/simulator/**", "tests/**"],
    rules: { "no-console": "off" },
  },
  {
    // Test helpers named use* are not React hooks.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
