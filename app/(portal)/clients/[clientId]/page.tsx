import { redirect } from "next/navigation";
import { requirePageClient } from "@/lib/auth/page-context";
import { can, type Action } from "@/lib/auth/permissions";

// The first of the client's tabs this person may open (a client user may not see agents).
const TABS: [Action, string][] = [
  ["agent:read", "agents"],
  ["transcript:read", "calls"],
  ["number:read", "numbers"],
  ["account:read", "account"],
];

export default async function ClientIndexPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { client, access } = await requirePageClient(clientId);
  const tab = TABS.find(([action]) => can(access, action, client.id))?.[1];
  redirect(tab ? `/clients/${client.id}/${tab}` : `/clients/${client.id}/agents`);
}
