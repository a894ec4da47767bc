import { UsageMeter } from "@/app/_components/usage-meter";
import type { SubscriptionInfo, Usage } from "@/lib/oncallclerk";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The amber/red notice under the meters, when a quota is nearly or completely used. */
function quotaWarning(usage: Usage): { tone: "warn" | "danger"; text: string } | null {
  const minutes = usage.minutes;
  if (minutes && minutes.limit) {
    const ratio = minutes.used / minutes.limit;
    if (ratio >= 1) return { tone: "danger", text: "All included minutes of this period are used. Calls may be billed as overage or stop, depending on the client's plan." };
    if (ratio >= 0.8) return { tone: "warn", text: `${Math.round(ratio * 100)} % of this period's minutes are used.` };
  }
  const agents = usage.agents;
  if (agents && agents.limit !== null && agents.used >= agents.limit) {
    return { tone: "warn", text: "The plan's agent allowance is used: a new agent needs a bigger plan or removing one." };
  }
  return null;
}

export function PlanCard({ usage, subscription, period }: { usage: Usage; subscription: SubscriptionInfo; period: { start: Date; end: Date } | null }) {
  const warning = quotaWarning(usage);
  const sub = subscription.subscription;
  return (
    <section className="card"><div className="card-body stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2>Plan and usage</h2>
        <span className="badge plain">{capitalize(usage.plan ?? sub?.plan ?? "unknown")}</span>
      </div>
      <div className="grid-2">
        <div className="stack" style={{ gap: 6 }}>
          <span className="muted small">Minutes this period</span>
          {usage.minutes ? <UsageMeter used={usage.minutes.used} limit={usage.minutes.limit} unit="min" /> : <span className="muted">Not reported</span>}
        </div>
        <div className="stack" style={{ gap: 6 }}>
          <span className="muted small">Agents</span>
          {usage.agents ? <UsageMeter used={usage.agents.used} limit={usage.agents.limit} unit="agent" plural="agents" kind="allowance" /> : <span className="muted">Not reported</span>}
        </div>
      </div>
      {warning ? <div className={`alert ${warning.tone}`} role="status">{warning.text}</div> : null}
      <dl className="details">
        <dt>Subscription</dt>
        <dd>{sub ? `${capitalize(sub.status ?? "unknown")}${sub.cancel_at_period_end ? " · cancels at the end of the period" : ""}` : "No active subscription"}</dd>
        <dt>Billing period</dt>
        <dd>{period ? `${dateFormat.format(period.start)} – ${dateFormat.format(period.end)}` : "—"}</dd>
        <dt>Phone numbers</dt>
        <dd>{usage.phone_numbers?.allowed === false ? "Not allowed (no active subscription)" : "Can be assigned"}</dd>
      </dl>
    </div></section>
  );
}
