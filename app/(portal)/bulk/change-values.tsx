// One touched field of an agent, as the preview and the results show it: hours as a one-line
// summary, greetings as a word diff (removed words struck through on the left, added ones marked on
// the right), FAQ as a count plus the questions added or removed, transfers in words, voices by name.
import { ESCALATION_LABELS, summarizeBusinessHours } from "@/lib/agents/hours-summary";
import type { ChangedField, FieldValues } from "@/lib/bulk/change";
import { diffWords } from "@/lib/bulk/text-diff";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";

type Side = "before" | "after";
type Faq = { question: string; answer: string }[];

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const questionKey = (question: string) => question.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

function Greeting({ side, before, after }: { side: Side; before: string; after: string }) {
  if (side === "before" && !before) return <span className="faint">No greeting</span>;
  const parts = diffWords(before, after).filter((part) => part.kind === "same" || part.kind === (side === "before" ? "removed" : "added"));
  return (
    <span className="bulk-greeting">
      {parts.map((part, index) =>
        part.kind === "same" ? <span key={index}>{part.text}</span> : part.kind === "removed" ? <del key={index}>{part.text}</del> : <ins key={index}>{part.text}</ins>,
      )}
    </span>
  );
}

function FaqSummary({ side, before, after }: { side: Side; before: Faq; after: Faq }) {
  const shown = side === "before" ? before : after;
  const other = new Set((side === "before" ? after : before).map((entry) => questionKey(entry.question)));
  const different = shown.filter((entry) => !other.has(questionKey(entry.question)));
  return (
    <span className="stack bulk-faq">
      <span>{shown.length === 0 ? "No questions" : plural(shown.length, "question")}</span>
      {different.length > 0 ? (
        <ul className={`bulk-faq-list ${side === "before" ? "removed" : "added"}`} aria-label={side === "before" ? "Questions removed" : "Questions added"}>
          {different.slice(0, 5).map((entry, index) => (
            <li key={index}>{side === "before" ? "− " : "+ "}{entry.question}</li>
          ))}
          {different.length > 5 ? <li>…and {different.length - 5} more</li> : null}
        </ul>
      ) : null}
    </span>
  );
}

function Single({ field, value, voiceNames }: { field: ChangedField; value: unknown; voiceNames: Record<string, string> | undefined }) {
  switch (field) {
    case "business_hours":
      return <>{summarizeBusinessHours(value as Agent["business_hours"])}</>;
    case "escalation_policy":
      return <>{ESCALATION_LABELS[String(value)] ?? (value ? String(value) : "Not set")}</>;
    case "forwarding_number":
    case "escalation_number":
      return (
        <span className="small">
          {field === "forwarding_number" ? "Forwarding " : "Backup "}
          {value ? <span className="mono">{String(value)}</span> : <span className="faint">none</span>}
        </span>
      );
    case "voice_id":
      return <>{value ? (voiceNames?.[String(value)] ?? <span className="mono">{String(value)}</span>) : <span className="faint">No voice</span>}</>;
    default:
      return <>{String(value ?? "—")}</>;
  }
}

/** The touched fields on one side of the before → after. */
export function FieldValuesView({ side, before, after, voiceNames }: { side: Side; before: FieldValues; after: FieldValues; voiceNames?: Record<string, string> | undefined }) {
  const values = side === "before" ? before : after;
  const fields = Object.keys(values) as ChangedField[];
  return (
    <span className="stack bulk-values">
      {fields.map((field) =>
        field === "greeting" ? (
          <Greeting key={field} side={side} before={String(before.greeting ?? "")} after={String(after.greeting ?? "")} />
        ) : field === "faq" ? (
          <FaqSummary key={field} side={side} before={(before.faq as Faq | null) ?? []} after={(after.faq as Faq | null) ?? []} />
        ) : (
          <span key={field}>
            <Single field={field} value={values[field]} voiceNames={voiceNames} />
          </span>
        ),
      )}
    </span>
  );
}
