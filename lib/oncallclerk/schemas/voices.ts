import { z } from "zod";
import { dataEnvelope, idSchema } from "./common";

export const voiceSchema = z.looseObject({
  id: idSchema,
  name: z.string().optional(),
  accent: z.string().optional(),
  description: z.string().optional(),
  gender: z.string().optional(),
});
export type Voice = z.output<typeof voiceSchema>;

export const voiceListResponseSchema = dataEnvelope(z.array(voiceSchema));
