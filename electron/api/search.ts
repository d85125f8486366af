import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import { searchRecords } from '../../db/search.repo';
import type { HandlerContext } from './context';

/** The box behind Ctrl+K: every kind of record, across scripts, best hits first. */
export const searchGlobal = (ctx: HandlerContext, input: ParsedInput<'search:global'>): ChannelOutput<'search:global'> => ({
  groups: searchRecords(ctx.db, input.text, input.limit),
});
