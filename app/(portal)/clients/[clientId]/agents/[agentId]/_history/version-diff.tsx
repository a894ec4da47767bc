"use client";
// The field-by-field difference between two versions: one block per changed field, texts as line
// diffs (one-line texts such as a greeting as a word diff, which says more), everything else
// described as lines first (lib/agents/versions/describe.ts) so hours and FAQ diff the same way.
import { describeField } from "@/lib/agents/versions/describe";
import { CONFIG_FIELD_LABELS } from "@/lib/agents/versions/fields";
import type { ConfigChange } from "@/lib/agents/versions/config";
import { diffLines, diffWords } from "@/lib/bulk/text-diff";
import { useVersionDiff } from "@/lib/swr/use-agent-versions";

const WORD_DIFF_FIELDS: ReadonlySet<string> = new Set(["greeting", "agent_name", "business_name", "system_prompt"]);

/** A one-line text, old line above new: the words that went marked in the old, those that came in the new. */
function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  const side = (kind: "removed" | "added") =>
    parts
      .filter((part) => part.kind === "same" || part.kind === kind)
      .map((part, index) => (part.kind === "same" ? <span key={index}>{part.text}</span> : kind === "removed" ? <del key={index}>{part.text}</del> : <ins key={index}>{part.text}</ins>));
  return (
    <ol className="history-lines history-words">
      <li className="removed-words">
        <span className="history-gutter" aria-hidden>−</span>
        <span><span className="visually-hidden">Before: </span>{side("removed")}</span>
      </li>
      <li className="added-words">
        <span className="history-gutter" aria-hidden>+</span>
        <span><span className="visually-hidden">After: </span>{side("added")}</span>
      </li>
    </ol>
  );
}

function LineDiff({ before, after }: { before: string[]; after: string[] }) {
  const parts = diffLines(before.join("\n"), after.join("\n"));
  return (
    <ol className="history-lines">
      {parts.map((part, index) => (
        <li key={index} className={part.kind}>
          <span className="history-gutter" aria-hidden>{part.kind === "removed" ? "−" : part.kind === "added" ? "+" : ""}</span>
          {part.kind === "removed" ? <del>{part.text || " "}</del> : part.kind === "added" ? <ins>{part.text || " "}</ins> : <span>{part.text || " "}</span>}
          {part.kind !== "same" ? <span className="visually-hidden">{part.kind === "removed" ? " (removed)" : " (added)"}</span> : null}
        </li>
      ))}
    </ol>
  );
}

function FieldChangeView({ change, voiceName }: { change: ConfigChange; voiceName: (id: string) => string }) {
  const before = describeField(change.field, change.before, voiceName);
  const after = describeField(change.field, change.after, voiceName);
  // Words matter inside a sentence; a choice (escalation, voice) reads better as old line, new line.
  const oneLine = before.length <= 1 && after.length <= 1 && WORD_DIFF_FIELDS.has(change.field);
  return (
    <div className="history-change">
      <h5>{CONFIG_FIELD_LABELS[change.field]}</h5>
      {before.length === 0 ? <p className="small muted">Not set before</p> : null}
      {oneLine && before.length === 1 && after.length === 1 ? <WordDiff before={before[0]!} after={after[0]!} /> : <LineDiff before={before} after={after} />}
      {after.length === 0 ? <p className="small muted">Not set in the newer version</p> : null}
    </div>
  );
}

export function VersionDiff({ clientId, agentId, from, to, voiceName }: { clientId: string; agentId: string; from: number; to: number; voiceName: (id: string) => string }) {
  const { data, error, isLoading } = useVersionDiff(clientId, agentId, { from, to });
  return (
    <section className="history-diff" aria-labelledby="history-diff-title" aria-busy={isLoading}>
      <h4 id="history-diff-title">
        Version {from} → version {to}
      </h4>
      {error ? <div className="alert danger" role="alert">{error instanceof Error ? error.message : "Could not load the difference."}</div> : null}
      {isLoading && !data ? (
        <div className="stack" aria-label="Loading the difference">
          <div className="skeleton" style={{ width: "40%" }} />
          <div className="skeleton" style={{ width: "80%" }} />
        </div>
      ) : null}
      {data && data.changes.length === 0 ? <p className="muted">These two versions have the same settings.</p> : null}
      {data?.changes.map((change) => <FieldChangeView key={change.field} change={change} voiceName={voiceName} />)}
    </section>
  );
}
