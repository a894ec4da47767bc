import type { ReactNode } from "react";
import { requirePageAction } from "@/lib/auth/page-context";

// Checked above this segment's loading.tsx: inside its Suspense boundary the 200 has already been
// sent, so a refusal could no longer be a 403.
export default async function AuditLayout({ children }: { children: ReactNode }) {
  await requirePageAction("audit:read");
  return children;
}
