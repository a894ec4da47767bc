import type { UserProfile } from "@/lib/oncallclerk";

const yesNo = (value: boolean | null | undefined) => (value === true ? "On" : value === false ? "Off" : "—");

export function ProfileCard({ profile }: { profile: UserProfile }) {
  const name = [profile.firstName, profile.lastName].filter(Boolean).join(" ");
  return (
    <section className="card"><div className="card-body stack">
      <h2>OnCallClerk account profile</h2>
      <dl className="details">
        <dt>Account holder</dt><dd>{name || "—"}</dd>
        <dt>Email</dt><dd>{profile.email ?? "—"}</dd>
        <dt>Company</dt><dd>{profile.company ?? "—"}</dd>
        <dt>Time zone</dt><dd>{profile.timezone ?? "—"}</dd>
        <dt>Personal number</dt><dd className="mono">{profile.personalPhoneNumber ?? "—"}</dd>
        <dt>Email notifications</dt><dd>{yesNo(profile.emailNotifications)}</dd>
        <dt>Call notifications</dt><dd>{yesNo(profile.callNotifications)}</dd>
        <dt>Weekly reports</dt><dd>{yesNo(profile.weeklyReports)}</dd>
      </dl>
    </div></section>
  );
}
