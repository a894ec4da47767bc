import { paths } from "../paths";
import * as s from "../schemas/agents";
import { successOnlySchema } from "../schemas/common";
import type { Transport } from "../transport";
import { parseRequest } from "../validate";

export function createAgentsApi(request: Transport) {
  return {
    async list(): Promise<s.Agent[]> {
      const res = await request({ method: "GET", path: paths.agents(), schema: s.agentListResponseSchema, what: "agent list" });
      return res.data;
    },

    async get(agentId: string): Promise<s.Agent> {
      const res = await request({ method: "GET", path: paths.agent(agentId), schema: s.agentResponseSchema, what: "agent" });
      return res.data;
    },

    /** Returns the partial agent from `{success, agent}`; call get() for the full config. */
    async create(input: s.CreateAgentInput): Promise<s.CreatedAgent> {
      const json = parseRequest(s.createAgentInputSchema, input, "agent");
      const res = await request({ method: "POST", path: paths.agents(), json, schema: s.createAgentResponseSchema, what: "created agent" });
      return res.agent;
    },

    /** Sends only the given fields; returns the changed fields plus `updated_at`. */
    async update(agentId: string, input: s.UpdateAgentInput): Promise<s.UpdatedAgent> {
      const json = parseRequest(s.updateAgentInputSchema, input, "agent update");
      const res = await request({ method: "PUT", path: paths.agent(agentId), json, schema: s.updateAgentResponseSchema, what: "updated agent" });
      return res.updatedAgent;
    },

    /** Irreversible upstream: releases the number and deletes the agent's transcripts. */
    async delete(agentId: string): Promise<void> {
      await request({ method: "DELETE", path: paths.agent(agentId), schema: successOnlySchema, what: "delete result", allowNoContent: true });
    },

    /** Taking a number is how it is acquired: there is no separate purchase endpoint. */
    async assignPhoneNumber(agentId: string, input: s.AssignPhoneNumberInput): Promise<s.AssignedPhoneNumber> {
      const json = parseRequest(s.assignPhoneNumberInputSchema, input, "phone number assignment");
      const res = await request({ method: "POST", path: paths.agentPhone(agentId), json, schema: s.assignPhoneNumberResponseSchema, what: "phone assignment" });
      const agent = res.agent ?? null;
      return {
        phoneNumber: res.data?.phone_number ?? res.data?.phoneNumber ?? agent?.phone_number ?? json.requestedNumber,
        phoneNumberSid: res.data?.phone_number_sid ?? agent?.phone_number_sid ?? null,
        agent,
      };
    },

    async configureEmailFunction(agentId: string, input: s.EmailFunctionInput): Promise<void> {
      const json = parseRequest(s.emailFunctionInputSchema, input, "email function settings");
      await request({ method: "PUT", path: paths.agentEmailFunction(agentId), json, schema: successOnlySchema, what: "email function result", allowNoContent: true });
    },
  };
}

export type AgentsApi = ReturnType<typeof createAgentsApi>;
