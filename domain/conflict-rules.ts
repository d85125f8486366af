// The programme's conflict rules, as pure functions of the facts the database gathered, so each
// rule and its edge cases can be tested on plain objects. Intervals are half-open: an event from
// 10:00 to 11:00 and one from 11:00 to 12:00 do not overlap. All comparisons are on UTC instants,
// so events planned in different time zones, or running past midnight, compare correctly.
import { TZDate } from '@date-fns/tz';
import { NO_TEXT, type Conflict, type ConflictRules, type EventType, type LocalizedText } from './contract';

export const DEFAULT_CONFLICT_RULES: ConflictRules = {
  personOverlap: 'warn',
  venueOverlap: 'warn',
  outsideVisit: 'block',
  headAbsent: 'warn',
  travelTime: 'warn',
};
/** The buffer between two venues when no travel time is recorded for them. */
export const DEFAULT_TRAVEL_MINUTES = 15;

/** Events where the head of the delegation is expected in person. */
const HEAD_REQUIRED: readonly EventType[] = ['signing_ceremony', 'bilateral_meeting'];

/** The event being checked, as it would be saved. */
export interface CandidateEvent {
  id: number | null;
  type: EventType;
  startsAt: string;
  endsAt: string;
  venueId: number | null;
  participantIds: number[];
}

/** Another stored event, possibly of another visit. */
export interface OtherEvent {
  id: number;
  uuid: string;
  visitId: number;
  title: LocalizedText;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venueId: number | null;
}

export interface ConflictFacts {
  visit: { startDate: string; endDate: string; timeZone: string };
  /** The head of the (guest) delegation, if the visit has one. */
  head: { id: number; name: LocalizedText } | null;
  personNames: ReadonlyMap<number, LocalizedText>;
  venueNames: ReadonlyMap<number, LocalizedText>;
  /** Events of the candidate's participants near its time (any visit), one entry per person and event. */
  personEvents: { personId: number; event: OtherEvent }[];
  /** Events at the candidate's venue near its time. */
  venueEvents: OtherEvent[];
  /** Recorded travel minutes between two venues, in either direction. */
  travelMinutes: (a: number, b: number) => number | undefined;
  defaultTravelMinutes: number;
}

export interface RuleOptions {
  rules: ConflictRules;
  acknowledged: readonly string[];
}

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }): boolean =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

const minutesBetween = (from: string, to: string): number => Math.floor((Date.parse(to) - Date.parse(from)) / 60_000);

/** Midnight at the start of a calendar day in a time zone, as epoch milliseconds. */
function midnightIn(isoDate: string, timeZone: string, plusDays = 0): number {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new TZDate(year, month - 1, day + plusDays, 0, 0, 0, 0, timeZone).getTime();
}

const describe = (other: OtherEvent): Conflict['other'] => ({
  id: other.id,
  visitId: other.visitId,
  title: other.title,
  startsAt: other.startsAt,
  endsAt: other.endsAt,
  timeZone: other.timeZone,
});

/** Every conflict of the candidate under the rules that are not ignored, in a stable order. */
export function detectConflicts(event: CandidateEvent, facts: ConflictFacts, options: RuleOptions): Conflict[] {
  const found: Omit<Conflict, 'severity' | 'acknowledged' | 'eventId'>[] = [];
  const on = (rule: keyof ConflictRules) => options.rules[rule] !== 'ignore';
  const blank = { other: null, person: null, venue: null, minutesNeeded: null, minutesAvailable: null };
  const person = (id: number) => ({ id, name: facts.personNames.get(id) ?? NO_TEXT });
  const venue = (id: number) => ({ id, name: facts.venueNames.get(id) ?? NO_TEXT });
  const others = facts.personEvents.filter(({ event: other }) => other.id !== event.id);

  if (on('personOverlap')) {
    for (const { personId, event: other } of others) {
      if (!event.participantIds.includes(personId) || !overlaps(event, other)) continue;
      found.push({ ...blank, rule: 'personOverlap', key: `personOverlap:${personId}:${other.uuid}`, other: describe(other), person: person(personId) });
    }
  }

  if (on('venueOverlap') && event.venueId !== null) {
    for (const other of facts.venueEvents) {
      if (other.id === event.id || other.venueId !== event.venueId || !overlaps(event, other)) continue;
      found.push({ ...blank, rule: 'venueOverlap', key: `venueOverlap:${event.venueId}:${other.uuid}`, other: describe(other), venue: venue(event.venueId) });
    }
  }

  if (on('outsideVisit')) {
    const { startDate, endDate, timeZone } = facts.visit;
    if (Date.parse(event.startsAt) < midnightIn(startDate, timeZone) || Date.parse(event.endsAt) > midnightIn(endDate, timeZone, 1)) {
      found.push({ ...blank, rule: 'outsideVisit', key: 'outsideVisit' });
    }
  }

  if (on('headAbsent') && facts.head && HEAD_REQUIRED.includes(event.type) && !event.participantIds.includes(facts.head.id)) {
    found.push({ ...blank, rule: 'headAbsent', key: `headAbsent:${facts.head.id}`, person: facts.head });
  }

  if (on('travelTime') && event.venueId !== null) {
    for (const personId of new Set(event.participantIds)) {
      const own = others.filter((entry) => entry.personId === personId && !overlaps(event, entry.event)).map((entry) => entry.event);
      const before = own.filter((other) => other.endsAt <= event.startsAt).sort((a, b) => b.endsAt.localeCompare(a.endsAt))[0];
      const after = own.filter((other) => other.startsAt >= event.endsAt).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
      const legs = [
        before && { other: before, available: minutesBetween(before.endsAt, event.startsAt) },
        after && { other: after, available: minutesBetween(event.endsAt, after.startsAt) },
      ];
      for (const leg of legs) {
        if (!leg || leg.other.venueId === null || leg.other.venueId === event.venueId) continue;
        const needed = facts.travelMinutes(leg.other.venueId, event.venueId) ?? facts.defaultTravelMinutes;
        if (leg.available >= needed) continue;
        found.push({
          ...blank,
          rule: 'travelTime',
          key: `travelTime:${personId}:${leg.other.uuid}`,
          other: describe(leg.other),
          person: person(personId),
          venue: venue(leg.other.venueId),
          minutesNeeded: needed,
          minutesAvailable: leg.available,
        });
      }
    }
  }

  return found.map((conflict) => ({
    ...conflict,
    eventId: event.id,
    severity: options.rules[conflict.rule] === 'block' ? 'block' : 'warn',
    acknowledged: options.acknowledged.includes(conflict.key),
  }));
}

export interface Verdict {
  /** Conflicts under a blocking rule: the save is refused whatever was acknowledged. */
  blocking: Conflict[];
  /** Warnings the input did not acknowledge: the save is refused until it does. */
  unacknowledged: Conflict[];
  /** The keys to record as acknowledged; acknowledgements of warnings that are gone are dropped. */
  acknowledgedKeys: string[];
}

export function judge(conflicts: Conflict[]): Verdict {
  const warnings = conflicts.filter((conflict) => conflict.severity === 'warn');
  return {
    blocking: conflicts.filter((conflict) => conflict.severity === 'block'),
    unacknowledged: warnings.filter((conflict) => !conflict.acknowledged),
    acknowledgedKeys: [...new Set(warnings.map((conflict) => conflict.key))].sort(),
  };
}
