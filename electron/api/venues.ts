import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import { findVenue, insertVenue, listVenues as listRows, updateVenue } from '../../db/venues.repo';
import type { HandlerContext } from './context';
import { deleteAudited, findOrThrow, saveAudited, type EntityStore } from './saving';

type Input = ParsedInput<'venues:save'>;
type Venue = ChannelOutput<'venues:get'>;

const venues: EntityStore<Input, Venue> = {
  entity: 'venue',
  find: (ctx, id) => findVenue(ctx.db, id),
  insert: (ctx, input, at) => insertVenue(ctx.db, input, at),
  update: (ctx, id, input, at) => updateVenue(ctx.db, id, input, at),
};

export const listVenues = (ctx: HandlerContext, input: ParsedInput<'venues:list'>): ChannelOutput<'venues:list'> =>
  listRows(ctx.db, input);

export const getVenue = (ctx: HandlerContext, input: ParsedInput<'venues:get'>): Venue => findOrThrow(ctx, venues, input.id);

export const saveVenue = (ctx: HandlerContext, input: Input): Venue => saveAudited(ctx, venues, input);

/** Events held there keep their place in the programme, without a venue. */
export const deleteVenue = (ctx: HandlerContext, input: ParsedInput<'venues:delete'>): ChannelOutput<'venues:delete'> =>
  deleteAudited(ctx, venues.entity, 'venues', input.id);
