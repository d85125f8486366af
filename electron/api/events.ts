import type { ChannelOutput, ParsedInput, ProtocolEvent } from '../contract';
import { findEvent, insertEvent, listVisitEvents, updateEvent } from '../../db/events.repo';
import type { HandlerContext } from './context';
import { checkReferences, deleteAudited, findOrThrow, requireRow, saveAudited, type EntityStore } from './saving';

type Input = ParsedInput<'events:save'>;

const events: EntityStore<Input, ProtocolEvent> = {
  entity: 'event',
  find: (ctx, id) => findEvent(ctx.db, id),
  insert: (ctx, input, at) => insertEvent(ctx.db, input, at),
  update: (ctx, id, input, at) => updateEvent(ctx.db, id, input, at),
  validate: (ctx, input) =>
    checkReferences(ctx, [
      { path: ['visitId'], table: 'visits', id: input.visitId },
      { path: ['venueId'], table: 'venues', id: input.venueId },
      { path: ['responsibleOfficerId'], table: 'people', id: input.responsibleOfficerId },
      ...input.participantIds.map((id, index) => ({ path: ['participantIds', index], table: 'people' as const, id })),
    ]),
};

/** The visit's programme in time order. */
export function listEvents(ctx: HandlerContext, input: ParsedInput<'events:list'>): ProtocolEvent[] {
  requireRow(ctx, 'visit', 'visits', input.visitId);
  return listVisitEvents(ctx.db, input.visitId);
}

export const getEvent = (ctx: HandlerContext, input: ParsedInput<'events:get'>): ProtocolEvent => findOrThrow(ctx, events, input.id);

export const saveEvent = (ctx: HandlerContext, input: Input): ProtocolEvent => saveAudited(ctx, events, input);

export const deleteEvent = (ctx: HandlerContext, input: ParsedInput<'events:delete'>): ChannelOutput<'events:delete'> =>
  deleteAudited(ctx, events.entity, 'events', input.id);
