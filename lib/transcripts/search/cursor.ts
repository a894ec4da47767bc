// Keyset pagination cursors: where the last page ended, in the order of the search. Opaque to
// clients (base64url JSON), validated on the way back in.
import { z } from "zod";

const cursorSchema = z.object({
  /** The sort the cursor belongs to; a cursor of another sort is refused. */
  s: z.enum(["relevance", "date"]),
  /** Relevance: the rank of the last row (float8, exact through JSON). */
  r: z.number().optional(),
  t: z.iso.datetime().refine((value) => value >= "1970" && value < "3000", "out of range"),
  /** Our transcript ids are UUIDs. */
  i: z.string().regex(/^[0-9a-f-]{36}$/),
});
export type SearchCursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(raw: string): SearchCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
