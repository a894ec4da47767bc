import { z } from "zod";
import { dataEnvelope, isoCountrySchema } from "./common";

// Phone numbers are camelCase upstream (phoneNumber, isoCountry): kept as is.

export const availableNumbersQuerySchema = z.strictObject({
  country: isoCountrySchema.optional(), // upstream default "US"
  areaCode: z.string().regex(/^\d{1,6}$/, "Expected digits only").optional(),
  contains: z.string().min(1).max(20).optional(),
  pageSize: z.number().int().min(1).max(50).optional(), // upstream default 10, max 50
  page: z.number().int().min(0).optional(), // starts at 0
});
export type AvailableNumbersQuery = z.input<typeof availableNumbersQuerySchema>;

export const availableNumberSchema = z.looseObject({
  phoneNumber: z.string().min(1),
  friendlyName: z.string().optional(),
  region: z.string().nullish(),
  isoCountry: z.string().optional(),
  type: z.string().optional(),
  capabilities: z
    .looseObject({ voice: z.boolean().optional(), SMS: z.boolean().optional(), MMS: z.boolean().optional() })
    .optional(),
});
export type AvailableNumber = z.output<typeof availableNumberSchema>;

export const availableNumbersResponseSchema = dataEnvelope(
  z.looseObject({
    numbers: z.array(availableNumberSchema),
    page: z.number().optional(),
    pageSize: z.number().optional(),
    country: z.string().optional(),
  }),
);

export type AvailableNumbersPage = {
  numbers: AvailableNumber[];
  page: number;
  pageSize: number;
  country: string;
};
