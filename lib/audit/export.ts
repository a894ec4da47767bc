// The audit log as CSV, streamed: events are read in keyset batches as the download is read (a
// pull stream), so a long history never sits in memory at once. Fields go through the transcript
// export's csvField (RFC 4180, formulas defused). Times are UTC, like the filters' days.
import { csvField } from "@/lib/transcripts/export";
import { changeLines } from "./describe";
import { auditWhere, eventView, readAuditBatch, type AuditEventRow } from "./list-events";
import type { AuditQuery } from "./query-params";
import type { AuditScope } from "./scope";

const BATCH = 1000;

export const AUDIT_CSV_COLUMNS = ["time_utc", "person", "email", "api_token", "action", "summary", "client", "target", "changes", "details", "ip", "user_agent", "event_id"] as const;

function csvLine(row: AuditEventRow): string {
  const view = eventView(row);
  const changes = changeLines(row).map((change) => `${change.label}: ${change.before} → ${change.after}`).join("\n");
  return [
    view.createdAt, view.actor.name, view.actor.email, view.actor.tokenName, view.action, view.summary, view.client?.name ?? null,
    view.target ? (view.target.name ?? view.target.id) : null, changes, view.details ? JSON.stringify(view.details) : null, view.ip, view.userAgent, view.id,
  ].map(csvField).join(",") + "\r\n";
}

/** The first batch is read before this returns, so a failing query is an error answer, not a cut-off file. */
export async function auditCsvStream(scope: AuditScope, query: AuditQuery): Promise<ReadableStream<Uint8Array>> {
  const where = auditWhere(scope, query);
  const encoder = new TextEncoder();
  let ready: AuditEventRow[] | null = await readAuditBatch(where, null, BATCH);
  let after: { t: Date; i: string } | null = null;
  let started = false;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${AUDIT_CSV_COLUMNS.join(",")}\r\n`));
        return;
      }
      if (done) {
        controller.close();
        return;
      }
      const rows = ready ?? (await readAuditBatch(where, after, BATCH));
      ready = null;
      if (rows.length < BATCH) done = true;
      const last = rows.at(-1);
      if (last) after = { t: last.createdAt, i: last.id };
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.map(csvLine).join("")));
    },
  });
}
