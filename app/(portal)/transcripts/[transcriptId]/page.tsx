// One call: the conversation as a chat, the summary, and what is known about it, with links to
// the client's calls and the agent that took it.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requirePageAgency } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { findTranscript } from "@/lib/transcripts/detail";
import { formatCallTime, formatDuration, formatPhone, zoneCity } from "@/lib/transcripts/format";
import { visibleClients } from "@/lib/transcripts/visible-clients";
import { OutcomeBadge, Stars } from "../_search/call-badges";

export const metadata: Metadata = { title: "Call" };

export default async function TranscriptPage({ params }: { params: Promise<{ transcriptId: string }> }) {
  const { transcriptId } = await params;
  const context = await requirePageAgency();
  if (!can(context.access, "transcript:read")) forbidden();
  const clients = await visibleClients(context);
  const call = await findTranscript(context.agency.id, clients.map((client) => client.id), transcriptId, context.access);
  if (!call) notFound();
  const agentHref = `/clients/${call.clientId}/agents/${encodeURIComponent(call.agentId)}`;
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/transcripts">Calls</Link> / <Link href={`/clients/${call.clientId}/calls`}>{call.clientName}</Link> / {call.type ?? "Call"}
      </div>
      <div className="page-header">
        <div>
          <div className="row">
            <h1>{call.type ?? "Call"}{call.caller ? <> from <span className="nowrap">{formatPhone(call.caller)}</span></> : null}</h1>
            <OutcomeBadge outcome={call.outcome} />
          </div>
          <p>
            <time dateTime={call.startedAt}>{formatCallTime(call.startedAt, call.clientTimeZone)}</time> ({zoneCity(call.clientTimeZone)} time) · {formatDuration(call.durationSeconds)} · answered by{" "}
            <Link href={agentHref}>{call.agentName ?? call.agentId}</Link>
          </p>
        </div>
      </div>
      <div className="transcript-layout">
        <section className="card card-body stack" aria-label="Conversation">
          <h2>Conversation</h2>
          {call.conversation.length === 0 ? (
            <p className="muted">OnCallClerk sent no conversation for this call.</p>
          ) : (
            <ol className="chat">
              {call.conversation.map((turn, index) => (
                <li key={index} className={`bubble ${turn.speaker === "agent" ? "agent" : "caller"}`}>
                  <span className="speaker">{turn.speaker === "agent" ? call.agentName ?? "Agent" : turn.speaker === "caller" ? "Caller" : turn.speaker}</span>
                  <span className="text">{turn.text}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <aside className="stack">
          <section className="card card-body stack" aria-label="Summary">
            <h2>Summary</h2>
            <p className="summary-text">{call.summary || <span className="muted">No summary.</span>}</p>
          </section>
          <section className="card card-body" aria-label="Details">
            <dl className="details compact">
              <dt>Client</dt><dd><Link href={`/clients/${call.clientId}/calls`}>{call.clientName}</Link></dd>
              <dt>Agent</dt><dd><Link href={agentHref}>{call.agentName ?? call.agentId}</Link></dd>
              <dt>Caller</dt><dd>{formatPhone(call.caller) ?? "Withheld"}</dd>
              <dt>Type</dt><dd>{call.type ?? "—"}</dd>
              <dt>Outcome</dt><dd>{call.outcome ?? "—"}</dd>
              <dt>Rating</dt><dd>{call.rating !== null ? <><Stars rating={call.rating} /> {call.rating} of 5</> : "—"}</dd>
              <dt>Duration</dt><dd>{formatDuration(call.durationSeconds)}</dd>
              <dt>OnCallClerk id</dt><dd className="mono small">{call.upstreamId}</dd>
              <dt>Copied</dt><dd className="small">{formatCallTime(call.syncedAt, call.clientTimeZone)}</dd>
            </dl>
          </section>
        </aside>
      </div>
    </>
  );
}
