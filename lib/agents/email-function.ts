// The email function's settings: who the agent may email. Each entry is validated, lower-cased and
// de-duplicated by the shared recipients schema (lib/agents/recipients.ts, also used by the form);
// this adds the one rule of the whole body: enabling the function needs somebody to email.
import { z } from "zod";
import { permittedRecipientsSchema } from "./recipients";

export const emailFunctionBodySchema = z
  .strictObject({
    enabled: z.boolean({ error: "Say whether the email function is on (true or false)" }),
    params: z.strictObject({ permitted_recipients: permittedRecipientsSchema }),
  })
  .superRefine((value, ctx) => {
    if (value.enabled && value.params.permitted_recipients.length === 0) {
      ctx.addIssue({ code: "custom", path: ["params", "permitted_recipients"], message: "Add at least one address or @domain the agent may email" });
    }
  });
export type EmailFunctionBody = z.output<typeof emailFunctionBodySchema>;
