// A parsed search (query.ts) as one PostgreSQL tsquery expression. Every piece of user text reaches
// PostgreSQL as a bound parameter through plainto_tsquery / phraseto_tsquery, which accept any text;
// only prefix words, already reduced to letters and digits, go through to_tsquery (`word:*`). The
// expression is immutable, so PostgreSQL folds it to a constant when planning.
import { Prisma } from "@/lib/generated/prisma/client";
import { prefixStems, type ParsedQuery, type SearchTerm } from "./query";

const CONFIG = Prisma.sql`'english'::regconfig`;
const SIMPLE = Prisma.sql`'simple'::regconfig`;

function termSql(term: SearchTerm): Prisma.Sql {
  let sql: Prisma.Sql;
  if (term.kind === "phrase") sql = Prisma.sql`phraseto_tsquery(${CONFIG}, ${term.text})`;
  else if (term.prefix) {
    const word = term.text.toLowerCase();
    // As typed (a prefix of the stem), its own stem as a prefix, or a shorter stem it extends.
    const options = [
      Prisma.sql`to_tsquery(${SIMPLE}, ${`${word}:*`})`,
      Prisma.sql`to_tsquery(${CONFIG}, ${`${word}:*`})`,
      ...prefixStems(word).map((stem) => Prisma.sql`to_tsquery(${SIMPLE}, ${stem})`),
    ];
    sql = Prisma.sql`(${Prisma.join(options, " || ")})`;
  } else sql = Prisma.sql`plainto_tsquery(${CONFIG}, ${term.text})`;
  return term.negated ? Prisma.sql`(!! ${sql})` : sql;
}

/** The tsquery for a parsed search; empty (numnode 0) when nothing in it can be searched. */
export function tsquerySql(parsed: ParsedQuery): Prisma.Sql {
  if (parsed.length === 0) return Prisma.sql`''::tsquery`;
  const groups = parsed.map((group) => (group.length === 1 ? termSql(group[0]!) : Prisma.sql`(${Prisma.join(group.map(termSql), " || ")})`));
  return Prisma.sql`(${Prisma.join(groups, " && ")})`;
}
