// The calendar and attendance at events: reads and small writes around a visit's plan.
import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import { isParticipant, listAttendance, setAttendance } from '../../db/attendance.repo';
import { calendarRange } from '../../db/calendar.repo';
import { uuidOf } from '../../db/rows';
import type { HandlerContext } from './context';
import { precedenceRules } from './precedence';
import { NotFoundError, ValidationError } from './errors';
import { inTransaction, recordAudit } from './saving';

/** Visits that overlap the days shown, and their events, narrowed by partner and status. */
export const getCalendarRange = (ctx: HandlerContext, input: ParsedInput<'calendar:range'>): ChannelOutput<'calendar:range'> =>
  calendarRange(ctx.db, input);

/** Marks one participant of an event as attended, absent or excused. */
export function setEventAttendance(ctx: HandlerContext, input: ParsedInput<'events:setAttendance'>): ChannelOutput<'events:setAttendance'> {
  return inTransaction(ctx, () => {
    const eventUuid = uuidOf(ctx.db, 'events', input.eventId);
    if (eventUuid === undefined) throw new NotFoundError('event', input.eventId);
    if (!isParticipant(ctx.db, input.eventId, input.personId)) {
      throw new ValidationError('validation.notEventParticipant', undefined, [
        { path: ['personId'], messageKey: 'validation.notEventParticipant' },
      ]);
    }
    setAttendance(ctx.db, input.eventId, input.personId, input.attendance);
    recordAudit(ctx, 'update', 'event', eventUuid, { attendance: { personId: input.personId, value: input.attendance } });
    return listAttendance(ctx.db, input.eventId, precedenceRules(ctx));
  });
}
