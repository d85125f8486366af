// Runs the conflict rules against the database: for an event about to be saved (inside the save's
// transaction) and for a whole visit's programme (the list beside the timeline).
import { toInstant, type ApiErrorShape, type Conflict, type ProtocolEvent } from '../../domain/contract';
import { personEventsNear, personNames, venueEventsDuring, venueNames, visitFacts } from '../../db/conflicts.repo';
import { listVisitEvents } from '../../db/events.repo';
import { travelMinutes } from '../../db/travel-times.repo';
import { detectConflicts, judge, type CandidateEvent } from '../../domain/conflict-rules';
import type { HandlerContext } from './context';
import { precedenceRules } from './precedence';
import { AppError, NotFoundError } from './errors';
import { getSettings } from './settings';
import { DAY_MS } from '../../domain/calendar';

/** A save refused over programme conflicts; `details.conflicts` lets the screen list them and ask. */
export class ProgrammeConflictError extends AppError {
  constructor(
    messageKey: 'conflict.programmeBlocked' | 'conflict.programmeWarnings',
    readonly conflicts: Conflict[],
  ) {
    super('conflict', messageKey, { count: conflicts.length });
  }

  override toShape(): ApiErrorShape {
    return { ...super.toShape(), details: { conflicts: this.conflicts } };
  }
}

const shifted = (instant: string, ms: number) => toInstant(Date.parse(instant) + ms);

/** Every conflict of one event of a visit, acknowledged or not, under the office's settings. */
export function conflictsOf(ctx: HandlerContext, visitId: number, event: CandidateEvent, acknowledged: readonly string[]): Conflict[] {
  const visit = visitFacts(ctx.db, visitId);
  if (!visit) throw new NotFoundError('visit', visitId);
  const settings = getSettings(ctx);
  // Any travel leg fits in a day, so a day either side is all the rules need to see.
  const window = { from: shifted(event.startsAt, -DAY_MS), to: shifted(event.endsAt, DAY_MS) };
  const personEvents = event.participantIds.length > 0 ? personEventsNear(ctx.db, event.participantIds, window) : [];
  const venueEvents = event.venueId === null ? [] : venueEventsDuring(ctx.db, event.venueId, event.startsAt, event.endsAt);
  const venueIds = [event.venueId, ...personEvents.map(({ event: other }) => other.venueId)].filter((id): id is number => id !== null);
  return detectConflicts(
    event,
    {
      visit,
      head: visit.head,
      personNames: personNames(ctx.db, event.participantIds),
      venueNames: venueNames(ctx.db, [...new Set(venueIds)]),
      personEvents,
      venueEvents,
      travelMinutes: (a, b) => travelMinutes(ctx.db, a, b),
      defaultTravelMinutes: settings.defaultTravelMinutes,
    },
    { rules: settings.conflictRules, acknowledged },
  );
}

/**
 * The check a save runs in its transaction: refuses on any blocking conflict, and on any warning
 * the input did not acknowledge. Returns the warnings now acknowledged, to record with the event.
 * With `refused`, it collects the conflicts of a refusal there instead of throwing, so a batch
 * (a programme copied from a template) can report all of them and then refuse as a whole.
 */
export function enforceConflicts(
  ctx: HandlerContext,
  visitId: number,
  event: CandidateEvent,
  acknowledged: readonly string[],
  refused?: Conflict[],
): Conflict[] {
  const conflicts = conflictsOf(ctx, visitId, event, acknowledged);
  const verdict = judge(conflicts);
  if (verdict.blocking.length > 0 || verdict.unacknowledged.length > 0) {
    if (!refused) throw new ProgrammeConflictError(verdict.blocking.length > 0 ? 'conflict.programmeBlocked' : 'conflict.programmeWarnings', conflicts);
    refused.push(...conflicts);
  }
  return conflicts.filter((conflict) => conflict.severity === 'warn');
}

export const candidateOf = (event: ProtocolEvent): CandidateEvent => ({
  id: event.id,
  type: event.type,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  venueId: event.venueId,
  participantIds: event.participants.map((participant) => participant.personId),
});

/** The same clash seen from either of its two events is one line in the visit's list. */
function pairKey(conflict: Conflict): string {
  if (!conflict.other) return `${conflict.eventId}:${conflict.key}`;
  const ids = [conflict.eventId, conflict.other.id].sort((a, b) => Number(a) - Number(b)).join('-');
  return `${conflict.rule}:${conflict.person?.id ?? ''}:${conflict.venue?.id ?? ''}:${ids}`;
}

/** All conflicts of a visit's programme, each once, in the order of the events. */
export function visitConflicts(ctx: HandlerContext, visitId: number): Conflict[] {
  const events = listVisitEvents(ctx.db, visitId, precedenceRules(ctx));
  const byPair = new Map<string, Conflict>();
  for (const event of events) {
    for (const conflict of conflictsOf(ctx, visitId, candidateOf(event), event.acknowledgedConflicts)) {
      // Travel legs name the other event's venue; the pair is the same whichever end found it.
      const key = pairKey(conflict.rule === 'travelTime' ? { ...conflict, venue: null } : conflict);
      const seen = byPair.get(key);
      if (!seen) byPair.set(key, conflict);
      else if (conflict.acknowledged && !seen.acknowledged) byPair.set(key, { ...seen, acknowledged: true });
    }
  }
  return [...byPair.values()];
}
