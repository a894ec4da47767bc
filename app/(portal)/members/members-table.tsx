// The people of the agency, with what each may reach and, for those allowed, the buttons to change it.
import { CLIENT_GRANT_LABELS, ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MemberView } from "@/lib/members/schemas";
import { EditMemberButton } from "./edit-member-button";
import { RemoveMemberButton } from "./remove-member-button";

function reach(member: MemberView): string {
  if (member.allClients) return "All clients";
  return member.clients.map((client) => client.name).join(", ") || "No clients yet";
}

export function MembersTable({
  members,
  youUserId,
  canManage,
  isOwner,
  roles,
  clients,
  agencyName,
}: {
  members: MemberView[];
  youUserId: string;
  canManage: boolean;
  isOwner: boolean;
  roles: Role[];
  clients: { id: string; name: string }[];
  agencyName: string;
}) {
  // The last owner can neither leave nor be removed (the API refuses too): no button that only fails.
  const owners = members.filter((member) => member.role === "owner").length;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="People">
        <thead>
          <tr><th>Name</th><th>Role</th><th>Clients</th><th>Joined</th><th><span className="visually-hidden">Actions</span></th></tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const self = member.userId === youUserId;
            // Admins see owners but cannot change them (the API refuses too).
            const manageable = canManage && (member.role !== "owner" || isOwner);
            const who = member.name || member.email;
            return (
              <tr key={member.id}>
                <td>
                  <div className="primary">{member.name || member.email} {self ? <span className="badge plain">You</span> : null}</div>
                  <div className="muted small">{member.email}</div>
                </td>
                <td>{ROLE_LABELS[member.role]}</td>
                <td>
                  {reach(member)}
                  {member.role === "client_user" ? (
                    <div className="muted small">{member.clientGrants.map((grant) => CLIENT_GRANT_LABELS[grant]).join(" · ") || "Sees the client only"}</div>
                  ) : null}
                </td>
                <td className="nowrap">{new Date(member.joinedAt).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" })}</td>
                <td className="nowrap actions-cell">
                  {manageable && !(member.role === "owner" && owners === 1) ? <EditMemberButton member={member} roles={roles} clients={clients} /> : null}
                  {member.role === "owner" && owners === 1 ? (
                    <span className="muted small" title="Make someone else an owner first to leave or change this role">Last owner</span>
                  ) : manageable || self ? (
                    <RemoveMemberButton memberId={member.id} who={who} agencyName={agencyName} self={self} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
