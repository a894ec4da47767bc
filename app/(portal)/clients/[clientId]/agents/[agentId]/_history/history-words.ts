// How the history names versions, sources and moments.
import type { VersionSummary } from "@/lib/agents/versions/queries";
import { CONFIG_FIELD_LABELS } from "@/lib/agents/versions/fields";

export function sourceLabel(version: Pick<VersionSummary, "source" | "restoredFrom">): string {
  switch (version.source) {
    case "created":
      return "Created";
    case "updated":
      return "Edited";
    case "bulk":
      return "Bulk change";
    case "restored":
      return version.restoredFrom !== null ? `Restored version ${version.restoredFrom}` : "Restored";
    case "baseline":
      return "As found in OnCallClerk";
    default:
      return version.source;
  }
}

export function authorLabel(version: Pick<VersionSummary, "createdBy" | "source">): string {
  if (version.createdBy) return version.createdBy.name;
  return version.source === "baseline" ? "Not saved through the portal" : "Unknown";
}

const MOMENT = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export const momentLabel = (iso: string) => MOMENT.format(new Date(iso));

export function changedLabel(version: Pick<VersionSummary, "changedFields" | "source">, isOldest: boolean): string {
  if (isOldest && (version.source === "created" || version.source === "baseline")) return "First version kept";
  if (version.changedFields.length === 0) return "No setting changed";
  return `Changed ${version.changedFields.map((field) => CONFIG_FIELD_LABELS[field]).join(", ")}`;
}
