"use client";
// Voices as radio cards (name, accent, gender, description): a native radio group, so arrow keys
// move between voices and Tab leaves the group, as screen-reader users expect.
import { useVoices } from "@/lib/swr/use-voices";
import type { Voice } from "@/lib/oncallclerk/schemas/voices";

export function VoicePicker({
  clientId,
  initialVoices,
  value,
  onChange,
  error,
}: {
  clientId: string;
  initialVoices: Voice[] | null;
  value: string;
  onChange: (voiceId: string) => void;
  error?: string | undefined;
}) {
  const { data: voices, error: loadError, isLoading, mutate } = useVoices(clientId, initialVoices);

  if (!voices && isLoading) {
    return (
      <div className="voice-grid" aria-busy="true" aria-label="Loading voices">
        {[0, 1, 2].map((index) => <div key={index} className="voice-card skeleton-card"><div className="skeleton" style={{ width: "60%" }} /><div className="skeleton" style={{ width: "90%", marginTop: 8 }} /></div>)}
      </div>
    );
  }
  if (!voices) {
    return (
      <div className="alert warn" role="alert">
        <div className="stack" style={{ gap: 8 }}>
          <span><strong>Could not load the voices</strong>{loadError instanceof Error ? loadError.message : "OnCallClerk did not answer."}</span>
          <div><button type="button" className="btn" onClick={() => void mutate()}>Try again</button></div>
        </div>
      </div>
    );
  }
  if (voices.length === 0) return <div className="alert warn">OnCallClerk lists no voices for this account, so an agent cannot be created yet.</div>;

  const known = voices.some((voice) => voice.id === value);
  return (
    <fieldset className="voice-fieldset" aria-describedby={error ? "voice-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend>Voice</legend>
      {value && !known ? <p className="small muted">The current voice ({value}) is not in OnCallClerk&apos;s list any more; choose another to change it.</p> : null}
      <div className="voice-grid">
        {voices.map((voice) => (
          <label key={voice.id} className={`voice-card ${voice.id === value ? "selected" : ""}`}>
            <input type="radio" name="voice_id" value={voice.id} checked={voice.id === value} onChange={() => onChange(voice.id)} />
            <span className="voice-name">{voice.name ?? voice.id}</span>
            <span className="voice-meta">{[voice.accent, voice.gender].filter(Boolean).join(" · ") || "—"}</span>
            {voice.description ? <span className="voice-description">{voice.description}</span> : null}
          </label>
        ))}
      </div>
      {error ? <span id="voice-error" className="error small" role="alert">{error}</span> : null}
    </fieldset>
  );
}
