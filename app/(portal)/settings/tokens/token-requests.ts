// The API tokens page's calls to our API.
import { apiFetch } from "@/lib/swr/fetcher";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ApiTokenView } from "@/lib/tokens/service";

export type CreatedToken = ApiTokenView & { token: string };

export function createTokenRequest(body: { name: string; role: Role; expiresInDays?: number }): Promise<CreatedToken> {
  return apiFetch<CreatedToken>("/api/tokens", { method: "POST", json: body });
}

export function revokeTokenRequest(tokenId: string): Promise<ApiTokenView> {
  return apiFetch<ApiTokenView>(`/api/tokens/${encodeURIComponent(tokenId)}`, { method: "DELETE" });
}

/** "4 Dec 2026" — the same on the server and in the browser (UTC), so hydration agrees. */
export function tokenDate(iso: string | null, empty = "—", withTime = false): string {
  if (!iso) return empty;
  const time = withTime ? ({ hour: "2-digit", minute: "2-digit", timeZoneName: "short" } as const) : {};
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC", ...time }).format(new Date(iso));
}
