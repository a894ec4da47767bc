import type { ReactNode } from "react";
import { requirePageClient } from "@/lib/auth/page-context";

// The permission is checked here, above this segment's loading.tsx: inside its Suspense boundary the
// 200 has already been sent, so a refusal could no longer be a 403 (or an unseen client a 404).
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ clientId: string }> }) {
  await requirePageClient((await params).clientId, "agent:update-hours-faq");
  return children;
}
