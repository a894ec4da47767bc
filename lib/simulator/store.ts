// All simulator state, in memory. Routes and the control API both go through here, and tests can
// reach it directly through startSimulator().store.
import type { SimConfig } from "./config";
import { SimError } from "./http";
import { planOfKey } from "./plans";
import { createAccount } from "./seed/account";
import { makeCall } from "./seed/calls";
import type { Account, AgentRecord, CallRecord } from "./types";

export class SimStore {
  readonly accounts = new Map<string, Account>();
  /** Keys of deleted (DELETE /user) or revoked accounts: they answer 401 until /__sim/reset. */
  readonly deadKeys = new Set<string>();
  /** Phone numbers are global like real ones: one agent in one account at a time. */
  readonly numberOwners = new Map<string, { key: string; agentId: string }>();

  constructor(private readonly config: () => SimConfig, readonly now: () => number = Date.now) {}

  /** The account of a key, created (seeded) on first use; null when the key must answer 401. */
  account(key: string): Account | null {
    if (this.deadKeys.has(key)) return null;
    const existing = this.accounts.get(key);
    if (existing) return existing;
    const plan = planOfKey(key);
    if (!plan) return null;
    const account = createAccount(key, plan, {
      now: this.now(), transcriptsPerAgent: this.config().transcriptsPerAgent, isTaken: (n) => this.numberOwners.has(n),
    });
    this.accounts.set(key, account);
    for (const agent of account.agents.values()) {
      if (agent.config.phone_number) this.numberOwners.set(agent.config.phone_number, { key, agentId: agent.config.id });
    }
    return account;
  }

  /** DELETE /user: agents, numbers and calls go; the key answers 401 from now on. */
  deleteAccount(key: string): void {
    const account = this.accounts.get(key);
    if (account) for (const id of [...account.agents.keys()]) this.deleteAgent(account, id);
    this.accounts.delete(key);
    this.deadKeys.add(key);
  }

  /** A revoked key answers 401 but its data stays (visible in the control dump), like a real revocation. */
  revoke(key: string): void {
    this.deadKeys.add(key);
  }

  reset(): void {
    this.accounts.clear();
    this.deadKeys.clear();
    this.numberOwners.clear();
  }

  agent(account: Account, agentId: string): AgentRecord {
    const agent = account.agents.get(agentId);
    if (!agent) throw new SimError(404, "Agent not found");
    return agent;
  }

  /** Removes the agent, its transcripts and releases its number (the reference says all three). */
  deleteAgent(account: Account, agentId: string): void {
    const agent = this.agent(account, agentId);
    if (agent.config.phone_number) this.numberOwners.delete(agent.config.phone_number);
    agent.calls = [];
    account.agents.delete(agentId);
  }

  /** Frees the agent's current number and takes `phone` (null just releases). */
  setNumber(account: Account, agent: AgentRecord, phone: string | null, sid: string | null): void {
    if (agent.config.phone_number) this.numberOwners.delete(agent.config.phone_number);
    agent.config.phone_number = phone;
    agent.config.phone_number_sid = sid;
    if (phone) this.numberOwners.set(phone, { key: account.key, agentId: agent.config.id });
  }

  /** Calls arriving now: each new one goes to the head of the list, shifting offsets by one. */
  addCalls(account: Account, agent: AgentRecord, count: number): CallRecord[] {
    const added: CallRecord[] = [];
    const now = this.now();
    const head = agent.calls[0]?.createdAt ?? 0;
    for (let i = 0; i < count; i++) {
      // Strictly increasing timestamps keep "newest first" unambiguous even within one millisecond.
      const at = Math.max(now, head + 1 + i);
      added.push(makeCall(account.rng, account.callSeq++, agent.ctx, at));
    }
    added.reverse();
    agent.calls = count === 1 && added[0] ? (agent.calls.unshift(added[0]), agent.calls) : added.concat(agent.calls);
    return added;
  }

  deleteCall(agent: AgentRecord, callId: string): boolean {
    const i = agent.calls.findIndex((c) => c.id === callId);
    if (i < 0) return false;
    agent.calls.splice(i, 1);
    return true;
  }

  /** One tick of the arrivals timer: `perAgent` new calls on every agent of every live account. */
  arrive(perAgent: number): number {
    let n = 0;
    for (const account of this.accounts.values()) {
      for (const agent of account.agents.values()) n += this.addCalls(account, agent, perAgent).length;
    }
    return n;
  }

  /** One tick of the deletions timer: `perAgent` random calls (never the newest) go from every agent. */
  depart(perAgent: number): number {
    let n = 0;
    for (const account of this.accounts.values()) {
      for (const agent of account.agents.values()) {
        for (let i = 0; i < perAgent && agent.calls.length > 1; i++) {
          const at = 1 + Math.floor(account.rng() * (agent.calls.length - 1));
          agent.calls.splice(at, 1);
          n++;
        }
      }
    }
    return n;
  }

  totalCalls(): number {
    let n = 0;
    for (const a of this.accounts.values()) for (const agent of a.agents.values()) n += agent.calls.length;
    return n;
  }
}
