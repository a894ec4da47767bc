// The server side of the audit page: the URL's filters checked, the reader's scope (a client they
// cannot see is the 404 page), the page of events and the choices for the filters.
import { notFound } from "next/navigation";
import { toUrlSearchParams } from "@/app/(portal)/transcripts/_search/load-search";
import { ApiError } from "@/lib/api/errors";
import { actionChoices } from "@/lib/audit/action-groups";
import { auditActors, listAuditEvents, type AuditEventView } from "@/lib/audit/list-events";
import { AUDIT_FILTER_PARAMS, readAuditQuery, type AuditQuery } from "@/lib/audit/query-params";
import { assertClientInScope, auditScope } from "@/lib/audit/scope";
import type { AgencyContext } from "@/lib/auth/agency";
import { listVisibleClientAccounts } from "@/lib/clients/service";
import { can } from "@/lib/auth/permissions";

type RawParams = Record<string, string | string[] | undefined>;

export interface AuditPageData {
  query: AuditQuery;
  problems: Record<string, string[]>;
  page: { items: AuditEventView[]; nextCursor: string | null } | null;
  clients: { id: string; name: string }[];
  people: { id: string; name: string }[];
  actions: ReturnType<typeof actionChoices>;
  /** The filters alone, for the CSV link and paging (no cursor). */
  filters: URLSearchParams;
  wholeAgency: boolean;
}

export async function loadAuditPage(context: AgencyContext & { user: { id: string } }, raw: RawParams): Promise<AuditPageData> {
  const search = toUrlSearchParams(raw);
  const { query, problems } = readAuditQuery(search);
  const scope = await auditScope(context);
  if (query.clientId !== undefined) {
    try {
      await assertClientInScope(scope, query.clientId);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) notFound();
      throw error;
    }
  }
  const failed = Object.keys(problems).length > 0;
  let page: AuditPageData["page"] = null;
  if (!failed) {
    try {
      page = await listAuditEvents(scope, query);
    } catch (error) {
      // A cursor from an edited or stale link: say so by the list rather than failing the page.
      if (!(error instanceof ApiError) || error.status !== 400) throw error;
      Object.assign(problems, error.extra.fieldErrors ?? { cursor: [error.message] });
    }
  }
  const [clients, people] = await Promise.all([listVisibleClientAccounts(context), auditActors(scope)]);
  const filters = new URLSearchParams();
  for (const name of AUDIT_FILTER_PARAMS) if (query[name]) filters.set(name, query[name]);
  return {
    query, problems, page, people, actions: actionChoices(), filters, wholeAgency: scope.wholeAgency,
    clients: clients.filter((client) => can(context.access, "audit:read", client.id)).map(({ id, name }) => ({ id, name })),
  };
}
