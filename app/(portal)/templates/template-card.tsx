"use client";
// One template on the templates page: what it holds, and its actions — use it for a new agent
// (choose the client), rename it, delete it. One panel open at a time, below the facts.
import { useState } from "react";
import { DeleteTemplateButton } from "./delete-template-button";
import { RenameTemplateForm } from "./rename-template-form";
import type { TemplateFact } from "./template-facts";
import { UseTemplateForm } from "./use-template-form";

export interface TemplateCardTemplate {
  id: string;
  name: string;
  description: string | null;
  greeting: string;
}

type Panel = "none" | "use" | "rename";

export function TemplateCard({
  template,
  facts,
  canManage,
  clients,
}: {
  template: TemplateCardTemplate;
  facts: TemplateFact[];
  canManage: boolean;
  /** Clients the person may create agents for (empty: no "Use" action). */
  clients: { id: string; name: string }[];
}) {
  const [panel, setPanel] = useState<Panel>("none");
  const toggle = (next: Panel) => setPanel((current) => (current === next ? "none" : next));
  const headingId = `template-${template.id}-name`;
  return (
    <article className="card template-card" aria-labelledby={headingId}>
      <div className="card-body stack">
        <div className="template-head">
          <div className="template-title">
            <h2 id={headingId}>{template.name}</h2>
            {template.description ? <p className="muted template-description">{template.description}</p> : null}
          </div>
          <div className="row template-actions">
            {clients.length ? (
              <button type="button" className="btn primary small-btn" aria-expanded={panel === "use"} onClick={() => toggle("use")}>Use for a new agent</button>
            ) : null}
            {canManage ? (
              <>
                <button type="button" className="btn small-btn" aria-expanded={panel === "rename"} onClick={() => toggle("rename")}>Rename</button>
                <DeleteTemplateButton templateId={template.id} name={template.name} />
              </>
            ) : null}
          </div>
        </div>
        <blockquote className="template-greeting">“{template.greeting}”</blockquote>
        <dl className="template-facts">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd className={fact.mono ? "mono" : undefined}>{fact.value}</dd>
            </div>
          ))}
        </dl>
        {panel === "use" ? <UseTemplateForm templateId={template.id} templateName={template.name} clients={clients} onCancel={() => setPanel("none")} /> : null}
        {panel === "rename" ? <RenameTemplateForm template={template} onDone={() => setPanel("none")} /> : null}
      </div>
    </article>
  );
}
