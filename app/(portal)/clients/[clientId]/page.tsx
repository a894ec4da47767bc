import { redirect } from "next/navigation";
import { requirePageClient } from "@/lib/auth/page-context";

export default async function ClientIndexPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { client } = await requirePageClient(clientId);
  redirect(`/clients/${client.id}/agents`);
}
