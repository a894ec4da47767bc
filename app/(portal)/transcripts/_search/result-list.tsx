// Search results: who called whom, when (in the client's zone), what kind of call and how it went,
// and the matching passages. Snippet HTML comes from lib/transcripts/search/snippet.ts, where all
// transcript text is escaped and only our own <mark> tags remain.
import Link from "next/link";
import { formatCallTime, formatDuration, formatPhone } from "@/lib/transcripts/format";
import type { TranscriptHit } from "@/lib/transcripts/search/search";
import type { VisibleClient } from "@/lib/transcripts/visible-clients";
import { OutcomeBadge, Stars } from "./call-badges";

export function ResultList({ items, clients, showClient }: { items: TranscriptHit[]; clients: VisibleClient[]; showClient: boolean }) {
  const zones = new Map(clients.map((client) => [client.id, client.timeZone]));
  return (
    <ol className="card result-list" aria-label="Calls">
      {items.map((hit) => (
        <li key={hit.id} className="result">
          <div className="result-head">
            <Link className="result-title" href={`/transcripts/${hit.id}`}>
              {hit.type ?? "Call"}{hit.caller ? <> from <span className="nowrap">{formatPhone(hit.caller)}</span></> : null}
            </Link>
            <span className="result-meta small muted">
              {showClient ? <><strong className="result-client">{hit.clientName}</strong> · </> : null}
              {hit.agentName ?? "Agent"} · <time dateTime={hit.startedAt} className="nowrap">{formatCallTime(hit.startedAt, zones.get(hit.clientId) ?? "UTC", undefined, showClient)}</time> · <span className="nowrap">{formatDuration(hit.durationSeconds)}</span>
            </span>
            <span className="result-badges">
              <OutcomeBadge outcome={hit.outcome} />
              <Stars rating={hit.rating} />
            </span>
          </div>
          <p className="result-summary" dangerouslySetInnerHTML={{ __html: hit.summaryHtml }} />
          {hit.conversationHtml ? <p className="result-snippet small muted" dangerouslySetInnerHTML={{ __html: hit.conversationHtml }} /> : null}
        </li>
      ))}
    </ol>
  );
}
