// Travel minutes between venues: recorded once per pair and reused by every programme's
// travel-time rule. Each change is audited like any other record.
import type { ChannelOutput, ParsedInput, TravelTime } from '../../domain/contract';
import { findTravelTime, listTravelTimes as listRows, removeTravelTime, storeTravelTime } from '../../db/travel-times.repo';
import type { HandlerContext } from './context';
import { NotFoundError } from './errors';
import { checkReferences, inTransaction, recordAudit } from './saving';

export const listTravelTimes = (ctx: HandlerContext): TravelTime[] => listRows(ctx.db);

export function saveTravelTime(ctx: HandlerContext, input: ParsedInput<'travelTimes:save'>): TravelTime {
  return inTransaction(ctx, () => {
    checkReferences(ctx, [
      { path: ['fromVenueId'], table: 'venues', id: input.fromVenueId },
      { path: ['toVenueId'], table: 'venues', id: input.toVenueId },
    ]);
    const before = findTravelTime(ctx.db, input.fromVenueId, input.toVenueId);
    storeTravelTime(ctx.db, input.fromVenueId, input.toVenueId, input.minutes, input.uuid);
    const saved = findTravelTime(ctx.db, input.fromVenueId, input.toVenueId);
    if (!saved) throw new NotFoundError('travelTime');
    recordAudit(ctx, before ? 'update' : 'create', 'travel_time', null, {
      fromVenueId: saved.fromVenueId,
      toVenueId: saved.toVenueId,
      minutes: saved.minutes,
      ...(before && { previousMinutes: before.minutes }),
    });
    return saved;
  });
}

export function deleteTravelTime(ctx: HandlerContext, input: ParsedInput<'travelTimes:delete'>): ChannelOutput<'travelTimes:delete'> {
  return inTransaction(ctx, () => {
    const before = findTravelTime(ctx.db, input.fromVenueId, input.toVenueId);
    if (!before || !removeTravelTime(ctx.db, input.fromVenueId, input.toVenueId)) throw new NotFoundError('travelTime');
    recordAudit(ctx, 'delete', 'travel_time', null, { fromVenueId: before.fromVenueId, toVenueId: before.toVenueId, minutes: before.minutes });
    return { deleted: true as const };
  });
}
