// Regulatory bundle statuses in plain words. Approved and provisionally approved bundles let the
// client take numbers in that country; every other status does not (lib/phone/regulated.ts).
import { isApprovedBundle } from "@/lib/phone/regulated";

const STATUSES: Record<string, { label: string; tone: "" | "ok" | "warn" | "danger"; meaning: string }> = {
  draft: { label: "Draft", tone: "", meaning: "Not submitted for review yet." },
  "pending-review": { label: "Waiting for review", tone: "warn", meaning: "Submitted; the regulator's review has not started." },
  "in-review": { label: "In review", tone: "warn", meaning: "Being reviewed; this usually takes a few business days." },
  "twilio-approved": { label: "Approved", tone: "ok", meaning: "Numbers in this country can be assigned." },
  "provisionally-approved": { label: "Provisionally approved", tone: "ok", meaning: "Numbers can be assigned while the final review finishes." },
  rejected: { label: "Rejected", tone: "danger", meaning: "Not accepted; submit a new bundle with corrected details or documents." },
  canceled: { label: "Canceled", tone: "", meaning: "Withdrawn; it no longer counts." },
};

export function bundleStatusLabel(status: string | undefined): string {
  return (status && STATUSES[status]?.label) || (status ? status.replace(/-/g, " ") : "Unknown");
}

export function bundleStatusMeaning(status: string | undefined): string {
  return (status && STATUSES[status]?.meaning) || "OnCallClerk reported a status the portal does not know.";
}

export function BundleStatusBadge({ status }: { status: string | undefined }) {
  const tone = (status && STATUSES[status]?.tone) || (isApprovedBundle({ status }) ? "ok" : "");
  return <span className={`badge ${tone}`} title={bundleStatusMeaning(status)}>{bundleStatusLabel(status)}</span>;
}
