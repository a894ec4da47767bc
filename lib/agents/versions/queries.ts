// Reading an agent's history. Every query carries the agency id beside the client and agent ids.
import { notFound } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { configChanges, configFromJson, type AgentConfig, type ConfigChange, type ConfigField } from "./config";
import type { VersionSource } from "./record";

export interface AgentRef {
  agencyId: string;
  clientId: string;
  agentId: string;
}

export interface VersionSummary {
  version: number;
  source: VersionSource;
  restoredFrom: number | null;
  createdAt: string;
  /** Null for a baseline (what OnCallClerk had, not anyone's save here). */
  createdBy: { id: string | null; name: string } | null;
  /** The fields that differ from the version before it (every stored field for the first). */
  changedFields: ConfigField[];
  config?: AgentConfig;
}

export interface VersionPage {
  versions: VersionSummary[];
  /** Pass as `before` for the next (older) page; null when this page reaches version 1. */
  nextBefore: number | null;
}

const select = { version: true, source: true, restoredFrom: true, config: true, createdAt: true, createdById: true, createdByName: true } as const;
type Row = { version: number; source: string; restoredFrom: number | null; config: unknown; createdAt: Date; createdById: string | null; createdByName: string | null };

function summary(row: Row, previous: AgentConfig | null, withConfig: boolean): VersionSummary {
  const config = configFromJson(row.config);
  return {
    version: row.version,
    source: row.source as VersionSource,
    restoredFrom: row.restoredFrom,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName === null && row.createdById === null ? null : { id: row.createdById, name: row.createdByName ?? "Someone" },
    changedFields: configChanges(previous ?? {}, config).map((change) => change.field),
    ...(withConfig ? { config } : {}),
  };
}

/** Newest first, `limit` at a time; one row more is read so the oldest shown can say what it changed. */
export async function listVersions(ref: AgentRef, options: { limit: number; before?: number | undefined; includeConfig: boolean }): Promise<VersionPage> {
  const rows: Row[] = await db().agentVersion.findMany({
    where: { ...ref, ...(options.before !== undefined ? { version: { lt: options.before } } : {}) },
    orderBy: { version: "desc" },
    take: options.limit + 1,
    select,
  });
  const shown = rows.slice(0, options.limit);
  const versions = shown.map((row, index) => {
    const older = rows[index + 1];
    return summary(row, older ? configFromJson(older.config) : null, options.includeConfig);
  });
  const oldest = shown.at(-1);
  return { versions, nextBefore: rows.length > options.limit && oldest ? oldest.version : null };
}

/** One version with its config, or 404. */
export async function getVersion(ref: AgentRef, version: number): Promise<VersionSummary & { config: AgentConfig }> {
  const rows: Row[] = await db().agentVersion.findMany({ where: { ...ref, version: { lte: version } }, orderBy: { version: "desc" }, take: 2, select });
  const row = rows[0];
  if (!row || row.version !== version) throw notFound(`This agent has no version ${version}`);
  const previous = rows[1] ? configFromJson(rows[1].config) : null;
  return { ...summary(row, previous, true), config: configFromJson(row.config) };
}

export interface VersionDiff {
  from: number;
  to: number;
  /** Only the fields that differ, in the editor's order; `before` is `from`'s value. */
  changes: ConfigChange[];
}

export async function diffVersions(ref: AgentRef, from: number, to: number): Promise<VersionDiff> {
  const rows = await db().agentVersion.findMany({ where: { ...ref, version: { in: [from, to] } }, select: { version: true, config: true } });
  const config = (version: number) => {
    const row = rows.find((candidate) => candidate.version === version);
    if (!row) throw notFound(`This agent has no version ${version}`);
    return configFromJson(row.config);
  };
  return { from, to, changes: configChanges(config(from), config(to)) };
}
