// Agency settings (owners and admins: agency:update). For now: which roles see callers' phone
// numbers masked in call lists, search, transcripts and exports.
import type { Metadata } from "next";
import { requirePageAction } from "@/lib/auth/page-context";
import { getAgencySettings } from "@/lib/agency/settings";
import { MaskCallersForm } from "./mask-callers-form";

export const metadata: Metadata = { title: "Agency settings" };

export default async function AgencySettingsPage() {
  const context = await requirePageAction("agency:update");
  const settings = await getAgencySettings(context.agency.id);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Agency settings</h1>
          <p>Settings that apply to everyone in {settings.name}.</p>
        </div>
      </div>
      <MaskCallersForm initial={settings.maskCallersFor} yourRole={context.role} />
    </>
  );
}
