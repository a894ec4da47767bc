import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requirePageAgency } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { countryOptions } from "@/lib/clients/countries";
import { AddClientForm } from "./add-client-form";

export const metadata: Metadata = { title: "Add client" };

export default async function AddClientPage() {
  const { access } = await requirePageAgency();
  if (!can(access, "client:create")) forbidden();
  return (
    <>
      <div className="breadcrumbs"><Link href="/">Clients</Link> / Add client</div>
      <div className="page-header">
        <div>
          <h1>Add a client</h1>
          <p>Connect a client business&apos;s OnCallClerk account with its API key.</p>
        </div>
      </div>
      <div className="grid-2">
        <div className="card"><div className="card-body"><AddClientForm countries={countryOptions()} /></div></div>
        <div className="card">
          <div className="card-body stack">
            <h2>Where to find the key</h2>
            <p className="muted" style={{ margin: 0 }}>
              In the client&apos;s OnCallClerk dashboard, open <strong>Settings → API keys</strong> and create a key for your agency.
            </p>
            <h2>How we keep it</h2>
            <p className="muted" style={{ margin: 0 }}>
              We check the key with OnCallClerk before saving, store it encrypted (AES-256-GCM), and only ever use it from our
              servers. Nobody — including you — can read it back; we show its last four characters so you can recognise it.
            </p>
          </div>
        </div>
      </div>
    </>
  );
}
