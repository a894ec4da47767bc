// A numbered step of the bulk page; its heading takes focus when the step appears (preview, results).
import type { ReactNode } from "react";

export function BulkStep({ number, id, title, aside, children }: { number: number; id: string; title: string; aside?: string | undefined; children: ReactNode }) {
  return (
    <section className="card bulk-step" aria-labelledby={`${id}-title`} id={id}>
      <div className="card-body stack">
        <div className="bulk-step-head">
          <span className="bulk-step-number" aria-hidden>{number}</span>
          <h2 id={`${id}-title`} tabIndex={-1}>{title}</h2>
          {aside ? <span className="small muted bulk-step-aside">{aside}</span> : null}
        </div>
        {children}
      </div>
    </section>
  );
}
