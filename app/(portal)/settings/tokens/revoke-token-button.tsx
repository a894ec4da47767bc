"use client";
// Revoke a token after a confirmation: whatever uses it stops working at its next request.
import { ConfirmActionButton } from "@/app/_components/confirm-action-button";
import { revokeTokenRequest } from "./token-requests";

export function RevokeTokenButton({ tokenId, name, owner }: { tokenId: string; name: string; owner: string | null }) {
  return (
    <ConfirmActionButton
      label="Revoke"
      title={`Revoke “${name}”?`}
      confirmLabel="Revoke token"
      pendingLabel="Revoking…"
      action={() => revokeTokenRequest(tokenId)}
      done={`Token “${name}” revoked.`}
    >
      {owner ? `This token belongs to ${owner}. ` : ""}Scripts and integrations using it stop working at their next request. This cannot be undone.
    </ConfirmActionButton>
  );
}
