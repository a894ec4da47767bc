// The agency's agent templates: saved agent settings to start new agents from. Reading needs
// template:read; renaming and deleting template:manage; "Use for a new agent" agent:create.
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { HeadsetIcon } from "@/app/_components/icons";
import { requirePageAgency } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { listVisibleClientAccounts } from "@/lib/clients/service";
import { listTemplates } from "@/lib/templates/service";
import { TemplateCard } from "./template-card";
import { templateFacts } from "./template-facts";
import { voiceLabelsFor } from "./template-voices";

export const metadata: Metadata = { title: "Agent templates" };

export default async function TemplatesPage() {
  const context = await requirePageAgency();
  const { agency, access } = context;
  if (!can(access, "template:read")) {
    forbidden();
  }
  const [templates, clients] = await Promise.all([listTemplates(agency.id), can(access, "client:read") ? listVisibleClientAccounts(context) : []]);
  const voiceLabels = templates.length ? await voiceLabelsFor(agency.id, clients) : new Map<string, string>();
  const canManage = can(access, "template:manage");
  const targets = can(access, "agent:create") ? clients.map(({ id, name }) => ({ id, name })) : [];
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Agent templates</h1>
          <p>
            {templates.length === 0
              ? "Saved agent settings, ready to start new agents from"
              : `${templates.length === 1 ? "1 template" : `${templates.length} templates`} on ${agency.name}: voice, greeting, instructions, transfers, hours and FAQ`}
          </p>
        </div>
      </div>
      {templates.length === 0 ? (
        <div className="card">
          <div className="empty">
            <div className="icon"><HeadsetIcon /></div>
            <h2>No templates yet</h2>
            <p>
              Open an agent of any client and choose <strong>Save as template</strong>. Its voice, greeting, instructions,
              transfers, business hours and FAQ are kept here, ready to start agents for other clients in a few clicks.
            </p>
            {clients.length ? <Link className="btn primary" href="/">Choose a client</Link> : canManage ? <Link className="btn primary" href="/clients/new">Add a client first</Link> : null}
          </div>
        </div>
      ) : (
        <ul className="template-list" aria-label="Templates">
          {templates.map((template) => (
            <li key={template.id}>
              <TemplateCard
                template={{ id: template.id, name: template.name, description: template.description, greeting: template.config.greeting }}
                facts={templateFacts(template, voiceLabels)}
                canManage={canManage}
                clients={targets}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
