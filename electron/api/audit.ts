import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import { auditFacets, listAuditEntries } from '../../db/audit.repo';
import type { HandlerContext } from './context';

/** The audit log, newest first, each entry naming the record it is about in the three languages. */
export const listAudit = (ctx: HandlerContext, input: ParsedInput<'audit:list'>): ChannelOutput<'audit:list'> =>
  listAuditEntries(ctx.db, input);

export const listAuditFacets = (ctx: HandlerContext): ChannelOutput<'audit:facets'> => auditFacets(ctx.db);
