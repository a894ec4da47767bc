"use client";
// Jump to any client. Server-rendered list first; SWR keeps it fresh after clients change.
import { usePathname, useRouter } from "next/navigation";
import { useClients, type ClientSummary } from "@/lib/swr/use-clients";

export function ClientSwitcher({ initialClients }: { initialClients: ClientSummary[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const { data: clients = initialClients } = useClients(initialClients);
  const currentId = /^\/clients\/([^/]+)/.exec(pathname)?.[1];
  const selected = clients.some((client) => client.id === currentId) ? currentId : "";

  if (clients.length === 0) return null;
  return (
    <div className="client-switcher">
      <label htmlFor="client-switcher" className="nav-label">
        Client
      </label>
      <select
        id="client-switcher"
        value={selected}
        onChange={(event) => router.push(event.target.value ? `/clients/${event.target.value}/agents` : "/")}
      >
        <option value="">All clients</option>
        {clients.map((client) => (
          <option key={client.id} value={client.id}>
            {client.name}
          </option>
        ))}
      </select>
    </div>
  );
}
