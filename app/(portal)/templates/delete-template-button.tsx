"use client";
// Delete a template after a confirmation dialog. Agents already made from the template are not
// touched, which the dialog says.
import { ConfirmActionButton } from "@/app/_components/confirm-action-button";
import { deleteTemplateRequest } from "./template-requests";

export function DeleteTemplateButton({ templateId, name }: { templateId: string; name: string }) {
  return (
    <ConfirmActionButton
      label="Delete"
      title={`Delete “${name}”?`}
      confirmLabel="Delete template"
      pendingLabel="Deleting…"
      action={() => deleteTemplateRequest(templateId)}
      done={`Template “${name}” deleted.`}
    >
      The template is removed for everyone in the agency. Agents already created from it keep their settings.
    </ConfirmActionButton>
  );
}
