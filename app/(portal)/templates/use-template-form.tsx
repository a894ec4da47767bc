"use client";
// "Use for a new agent": choose the client, then its New agent page opens prefilled from the template.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";

export function UseTemplateForm({
  templateId,
  templateName,
  clients,
  onCancel,
}: {
  templateId: string;
  templateName: string;
  clients: { id: string; name: string }[];
  onCancel: () => void;
}) {
  const router = useRouter();
  const [clientId, setClientId] = useState(clients.length === 1 ? clients[0]!.id : "");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!clientId) {
      setError("Choose the client the new agent is for");
      return;
    }
    setPending(true);
    router.push(`/clients/${encodeURIComponent(clientId)}/agents/new?template=${encodeURIComponent(templateId)}`);
  }

  const options = [{ value: "", label: "Choose a client…" }, ...clients.map((client) => ({ value: client.id, label: client.name }))];
  return (
    <form className="template-panel" onSubmit={onSubmit} noValidate aria-label={`Use ${templateName} for a new agent`}>
      <div className="template-panel-fields">
        <SelectField
          name="template-client"
          id={`use-${templateId}-client`}
          label="New agent for"
          options={options}
          value={clientId}
          onChange={(event) => {
            setClientId(event.target.value);
            setError(null);
          }}
          hint="The editor opens with this template's settings; nothing is created until you save."
          errors={error ? [error] : undefined}
          autoFocus
        />
      </div>
      <div className="row template-panel-actions">
        <SubmitButton pending={pending}>{pending ? "Opening…" : "Continue"}</SubmitButton>
        <button type="button" className="btn" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
