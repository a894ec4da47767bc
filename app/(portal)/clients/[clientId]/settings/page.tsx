import type { Metadata } from "next";
import {  } from "next/navigation";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { RemoveClientForm } from "./remove-client-form";
import { countryOptions } from "@/lib/clients/countries";
import { CountryForm, RenameClientForm, ReplaceKeyForm } from "./client-settings-forms";

export const metadata: Metadata = { title: "Client settings" };

export default async function ClientSettingsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { client, access } = await requirePageClient(clientId, "client:update");
  return (
    <div className="stack" style={{ gap: 16, maxWidth: 720 }}>
      <section className="card"><div className="card-body stack">
        <h2>Name</h2>
        <RenameClientForm clientId={client.id} name={client.name} />
      </div></section>
      <section className="card"><div className="card-body stack">
        <h2>Country</h2>
        <CountryForm clientId={client.id} country={client.country} countries={countryOptions()} />
      </div></section>
      <section className="card"><div className="card-body stack">
        <h2>OnCallClerk API key</h2>
        <p className="muted" style={{ margin: 0 }}>
          Current key ends in <span className="mono">{client.keyHint}</span>. A new key is checked with OnCallClerk before it replaces this one.
        </p>
        <ReplaceKeyForm clientId={client.id} />
      </div></section>
      {can(access, "client:delete", client.id) ? (
        <section className="card" style={{ borderColor: "#f3c4c4" }}><div className="card-body stack">
          <h2>Remove from the portal</h2>
          <p className="muted" style={{ margin: 0 }}>
            Forgets this client and its encrypted key here. Nothing is deleted at OnCallClerk: the client&apos;s agents keep answering calls.
          </p>
          <RemoveClientForm clientId={client.id} name={client.name} />
        </div></section>
      ) : null}
    </div>
  );
}
