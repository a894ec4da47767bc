// The team: who is in the agency, with what role and which clients; invitations. Reading needs
// member:read, every change member:manage (the API checks again, and the role rules — admins never
// touch owners — are enforced there).
import type { Metadata } from "next";
import { requirePageAction } from "@/lib/auth/page-context";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { listClientAccounts } from "@/lib/clients/service";
import type { Role } from "@/lib/generated/prisma/enums";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { listMembers } from "@/lib/members/list-members";
import { actingRole } from "@/lib/members/role-rules";
import { InvitationsTable } from "./invitations-table";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";

export const metadata: Metadata = { title: "Team" };

export default async function MembersPage() {
  const context = await requirePageAction("member:read");
  const { agency, access, user } = context;
  const [members, invitations, clients] = await Promise.all([listMembers(agency.id), listInvitations(agency.id), listClientAccounts(agency.id)]);
  const canManage = can(access, "member:manage");
  const isOwner = actingRole(access) === "owner";
  const roles = (Object.keys(ROLE_LABELS) as Role[]).filter((role) => role !== "owner" || isOwner);
  const clientChoices = clients.map(({ id, name }) => ({ id, name }));
  const pending = invitations.filter((invitation) => invitation.status === "pending").length;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Team</h1>
          <p>
            {members.length === 1 ? "1 person" : `${members.length} people`} in {agency.name}
            {pending ? ` · ${pending === 1 ? "1 pending invitation" : `${pending} pending invitations`}` : ""}
          </p>
        </div>
      </div>
      <div className="stack" style={{ gap: 20 }}>
        <section className="card" aria-labelledby="people-title">
          <div className="card-body stack">
            <h2 id="people-title" style={{ margin: 0 }}>People</h2>
            <MembersTable members={members} youUserId={user.id} canManage={canManage} isOwner={isOwner} roles={roles} clients={clientChoices} agencyName={agency.name} />
          </div>
        </section>
        {canManage ? (
          <section className="card" aria-labelledby="invite-title">
            <div className="card-body stack">
              <div>
                <h2 id="invite-title" style={{ margin: 0 }}>Invite someone</h2>
                <p className="muted" style={{ margin: "4px 0 0" }}>You get a link to send them. It works once and expires after 7 days.</p>
              </div>
              <InviteForm roles={roles} clients={clientChoices} />
            </div>
          </section>
        ) : null}
        <section className="card" aria-labelledby="invitations-title">
          <div className="card-body stack">
            <h2 id="invitations-title" style={{ margin: 0 }}>Open invitations</h2>
            <InvitationsTable invitations={invitations} canManage={canManage} />
          </div>
        </section>
      </div>
    </>
  );
}
