// The programme's conflict rules on plain facts: each rule, its edges, and how settings decide.
import { describe, expect, it } from 'vitest';
import type { ConflictRules } from '../../domain/contract';
import {
  DEFAULT_CONFLICT_RULES,
  detectConflicts,
  judge,
  type CandidateEvent,
  type ConflictFacts,
  type OtherEvent,
} from '../../domain/conflict-rules';

const HEYDAROV = 1;
const KURENKOV = 2;
const ALLEY_OF_HONOURS = 10;
const HEADQUARTERS = 11;
const AIRPORT = 12;
const text = (en: string) => ({ az: null, ru: null, en });

/** An event planned in Baku (UTC+4) on the given day, from/to in Baku wall time. */
const baku = (day: string, time: string) => new Date(`${day}T${time}:00+04:00`).toISOString().replace('.000Z', 'Z');

const uuidOf = (id: number) => `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`;

function other(id: number, from: string, to: string, venueId: number | null = HEADQUARTERS, day = '2024-04-16'): OtherEvent {
  return { id, uuid: uuidOf(id), visitId: 7, title: text(`event ${id}`), startsAt: baku(day, from), endsAt: baku(day, to), timeZone: 'Asia/Baku', venueId };
}

function candidate(from: string, to: string, changes: Partial<CandidateEvent> = {}, day = '2024-04-16'): CandidateEvent {
  return { id: null, type: 'wreath_laying', startsAt: baku(day, from), endsAt: baku(day, to), venueId: ALLEY_OF_HONOURS, participantIds: [HEYDAROV], ...changes };
}

function facts(changes: Partial<ConflictFacts> = {}): ConflictFacts {
  return {
    visit: { startDate: '2024-04-15', endDate: '2024-04-17', timeZone: 'Asia/Baku' },
    head: { id: KURENKOV, name: text('Alexander Kurenkov') },
    personNames: new Map([[HEYDAROV, text('Kamaladdin Heydarov')], [KURENKOV, text('Alexander Kurenkov')]]),
    venueNames: new Map([[HEADQUARTERS, text('Headquarters')], [AIRPORT, text('Airport')]]),
    personEvents: [],
    venueEvents: [],
    travelMinutes: () => undefined,
    defaultTravelMinutes: 15,
    ...changes,
  };
}

const ALL_WARN: ConflictRules = { personOverlap: 'warn', venueOverlap: 'warn', outsideVisit: 'warn', headAbsent: 'warn', travelTime: 'warn' };
const check = (event: CandidateEvent, given: ConflictFacts, rules = ALL_WARN, acknowledged: string[] = []) =>
  detectConflicts(event, given, { rules, acknowledged });
const rulesOf = (conflicts: { rule: string }[]) => conflicts.map((conflict) => conflict.rule);

describe('the same person in two events at once', () => {
  const meeting = other(1, '09:45', '10:30');

  it('flags a wreath-laying that overlaps the bilateral meeting for Minister Heydarov', () => {
    const conflicts = check(candidate('09:30', '10:00'), facts({ personEvents: [{ personId: HEYDAROV, event: meeting }] }));
    expect(rulesOf(conflicts)).toEqual(['personOverlap']);
    expect(conflicts[0]).toMatchObject({ person: { id: HEYDAROV }, other: { id: 1 }, key: `personOverlap:${HEYDAROV}:${meeting.uuid}` });
  });

  it('does not flag events that only touch: 10:00–11:00 and 11:00–12:00', () => {
    const before = other(1, '10:00', '11:00', ALLEY_OF_HONOURS);
    const after = other(2, '12:00', '13:00', ALLEY_OF_HONOURS);
    const given = facts({ personEvents: [before, after].map((event) => ({ personId: HEYDAROV, event })) });
    expect(check(candidate('11:00', '12:00'), given)).toEqual([]);
  });

  it('does not flag someone who is not taking part in the new event', () => {
    expect(check(candidate('09:30', '10:00'), facts({ personEvents: [{ personId: KURENKOV, event: meeting }] }))).toEqual([]);
  });

  it('does not count the event against itself when it is edited', () => {
    const given = facts({ personEvents: [{ personId: HEYDAROV, event: other(5, '09:30', '10:00', ALLEY_OF_HONOURS) }] });
    expect(check(candidate('09:40', '10:10', { id: 5 }), given)).toEqual([]);
  });

  it('flags an official dinner running past midnight against an early departure the next day', () => {
    const dinner = candidate('22:00', '23:59', { type: 'official_dinner', venueId: null, endsAt: baku('2024-04-17', '00:30') });
    const departure = { ...other(3, '00:00', '01:00', null, '2024-04-17') };
    expect(rulesOf(check(dinner, facts({ personEvents: [{ personId: HEYDAROV, event: departure }] })))).toEqual(['personOverlap']);
  });

  it('compares instants, so a meeting planned in Moscow time clashes with the same hour in Baku', () => {
    // 10:00 in Moscow (UTC+3) is 11:00 in Baku (UTC+4).
    const moscowCall: OtherEvent = { ...other(4, '00:00', '00:00'), startsAt: '2024-04-16T07:00:00Z', endsAt: '2024-04-16T08:00:00Z', timeZone: 'Europe/Moscow', venueId: null };
    expect(rulesOf(check(candidate('11:30', '12:00', { venueId: null }), facts({ personEvents: [{ personId: HEYDAROV, event: moscowCall }] })))).toEqual(['personOverlap']);
    expect(check(candidate('10:00', '11:00', { venueId: null }), facts({ personEvents: [{ personId: HEYDAROV, event: moscowCall }] }))).toEqual([]);
  });
});

describe('the same venue booked twice', () => {
  it('flags the Alley of Honours booked for two wreath-layings at once', () => {
    const booked = other(1, '09:45', '10:15', ALLEY_OF_HONOURS);
    const conflicts = check(candidate('09:30', '10:00', { participantIds: [] }), facts({ venueEvents: [booked] }));
    expect(conflicts).toMatchObject([{ rule: 'venueOverlap', other: { id: 1 }, venue: { id: ALLEY_OF_HONOURS } }]);
  });

  it('leaves the venue free when one booking ends as the next begins', () => {
    expect(check(candidate('10:00', '10:30', { participantIds: [] }), facts({ venueEvents: [other(1, '09:30', '10:00', ALLEY_OF_HONOURS)] }))).toEqual([]);
  });
});

describe('an event outside the visit', () => {
  it('flags a farewell dinner on the evening after the delegation left', () => {
    expect(rulesOf(check(candidate('19:00', '21:00', { participantIds: [] }, '2024-04-18'), facts()))).toEqual(['outsideVisit']);
  });

  it('accepts an event that ends exactly at midnight of the last day, in Baku time', () => {
    expect(check(candidate('22:00', '00:00', { participantIds: [] }, '2024-04-17'), facts())).toEqual([]);
  });

  it('judges the dates in the host city: 01:00 on the first day in Baku is still the previous day in UTC', () => {
    const early = candidate('01:00', '02:00', { participantIds: [] }, '2024-04-15');
    expect(early.startsAt.startsWith('2024-04-14')).toBe(true);
    expect(check(early, facts())).toEqual([]);
    expect(rulesOf(check(candidate('23:00', '23:30', { participantIds: [] }, '2024-04-14'), facts()))).toEqual(['outsideVisit']);
  });
});

describe('the head of delegation at signings and talks', () => {
  it('flags a signing ceremony without Lieutenant-General Kurenkov', () => {
    const conflicts = check(candidate('12:30', '12:50', { type: 'signing_ceremony', venueId: null }), facts());
    expect(conflicts).toMatchObject([{ rule: 'headAbsent', person: { id: KURENKOV } }]);
  });

  it('is content when he is at the bilateral meeting, and does not ask for him at a wreath-laying', () => {
    expect(check(candidate('11:30', '12:30', { type: 'bilateral_meeting', venueId: null, participantIds: [HEYDAROV, KURENKOV] }), facts())).toEqual([]);
    expect(check(candidate('09:30', '10:00', { venueId: null }), facts())).toEqual([]);
  });

  it('says nothing when the visit has no head of delegation yet', () => {
    expect(check(candidate('12:30', '12:50', { type: 'signing_ceremony', venueId: null }), facts({ head: null }))).toEqual([]);
  });
});

describe('travel time between consecutive venues', () => {
  const atHeadquarters = other(1, '08:30', '09:20', HEADQUARTERS);

  it('allows the default 15 minutes when no travel time is recorded: 10 minutes is too little', () => {
    const conflicts = check(candidate('09:30', '10:00'), facts({ personEvents: [{ personId: HEYDAROV, event: atHeadquarters }] }));
    expect(conflicts).toMatchObject([{ rule: 'travelTime', person: { id: HEYDAROV }, minutesNeeded: 15, minutesAvailable: 10 }]);
    expect(check(candidate('09:35', '10:00'), facts({ personEvents: [{ personId: HEYDAROV, event: atHeadquarters }] }))).toEqual([]);
  });

  it('uses the recorded minutes between the two venues, in either direction', () => {
    const recorded = (a: number, b: number) => ([a, b].sort().join() === [ALLEY_OF_HONOURS, HEADQUARTERS].sort().join() ? 25 : undefined);
    const given = facts({ personEvents: [{ personId: HEYDAROV, event: atHeadquarters }], travelMinutes: recorded });
    expect(check(candidate('09:40', '10:00'), given)).toMatchObject([{ minutesNeeded: 25, minutesAvailable: 20 }]);
    expect(check(candidate('09:45', '10:15'), given)).toEqual([]);
  });

  it('checks the leg to the next event too, and needs no travel within the same venue', () => {
    const next = other(2, '10:05', '11:00', AIRPORT);
    expect(check(candidate('09:30', '10:00'), facts({ personEvents: [{ personId: HEYDAROV, event: next }] }))).toMatchObject([
      { rule: 'travelTime', other: { id: 2 }, minutesAvailable: 5 },
    ]);
    const sameVenue = other(3, '10:00', '11:00', ALLEY_OF_HONOURS);
    expect(check(candidate('09:30', '10:00'), facts({ personEvents: [{ personId: HEYDAROV, event: sameVenue }] }))).toEqual([]);
  });

  it('only looks at the nearest event before, not an earlier one', () => {
    const earlier = other(1, '07:00', '09:20', AIRPORT);
    const nearer = other(2, '09:20', '09:28', ALLEY_OF_HONOURS);
    expect(check(candidate('09:30', '10:00'), facts({ personEvents: [earlier, nearer].map((event) => ({ personId: HEYDAROV, event })) }))).toEqual([]);
  });
});

describe('what the settings make of a conflict', () => {
  const overlapping = facts({ personEvents: [{ personId: HEYDAROV, event: other(1, '09:45', '10:30', ALLEY_OF_HONOURS) }] });

  it('ignores a rule set to ignore, warns or blocks as set', () => {
    expect(check(candidate('09:30', '10:00'), overlapping, { ...ALL_WARN, personOverlap: 'ignore' })).toEqual([]);
    expect(check(candidate('09:30', '10:00'), overlapping, { ...ALL_WARN, personOverlap: 'block' })[0]?.severity).toBe('block');
    expect(check(candidate('09:30', '10:00'), overlapping)[0]?.severity).toBe('warn');
  });

  it('refuses a block whatever was acknowledged', () => {
    const conflicts = check(candidate('09:30', '10:00'), overlapping, { ...ALL_WARN, personOverlap: 'block' }, [`personOverlap:${HEYDAROV}:${uuidOf(1)}`]);
    expect(judge(conflicts).blocking).toHaveLength(1);
  });

  it('lets a warning through once exactly that warning is acknowledged, and drops stale acknowledgements', () => {
    const key = `personOverlap:${HEYDAROV}:${uuidOf(1)}`;
    expect(judge(check(candidate('09:30', '10:00'), overlapping)).unacknowledged).toHaveLength(1);
    expect(judge(check(candidate('09:30', '10:00'), overlapping, ALL_WARN, ['personOverlap:2:someone-else'])).unacknowledged).toHaveLength(1);
    const verdict = judge(check(candidate('09:30', '10:00'), overlapping, ALL_WARN, [key, 'headAbsent:99']));
    expect(verdict).toEqual({ blocking: [], unacknowledged: [], acknowledgedKeys: [key] });
  });

  it('blocks only events outside the visit by default', () => {
    expect(Object.entries(DEFAULT_CONFLICT_RULES).filter(([, setting]) => setting === 'block')).toEqual([['outsideVisit', 'block']]);
  });
});
