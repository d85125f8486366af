// The programme editor's channels over a real database: saving against the conflict rules,
// acknowledging warnings, moving, duplicating, copying an earlier programme, travel times.
import { describe, expect, it } from 'vitest';
import type { ChannelInput, Conflict } from '../../domain/contract';
import type { HandlerContext } from '../../electron/api/context';
import { PERSON_EVENTS_NEAR, VENUE_EVENTS_DURING } from '../../db/conflicts.repo';
import { alleyOfHonours, bilateralMeeting, kurenkov, russianVisit, uzbekOffice, wreathLaying } from './office';
import { call, openTestOffice, refused, snapshot } from './test-context';

/** The Uzbek visit (3–4 Dec 2025, Baku) with both ministers on it and the Alley of Honours. */
async function office(ctx: HandlerContext) {
  const base = await uzbekOffice(ctx);
  await call(ctx, 'visitMembers:save', { visitId: base.visit.id, personId: base.guest.id, side: 'guest', role: 'head' });
  await call(ctx, 'visitMembers:save', { visitId: base.visit.id, personId: base.host.id, side: 'host', role: 'head' });
  const alley = await call(ctx, 'venues:save', alleyOfHonours());
  return { ...base, alley };
}

const conflictsOf = (error: { details?: unknown }) => (error.details as { conflicts: Conflict[] }).conflicts;
const auditDetails = (ctx: HandlerContext) =>
  (ctx.db.prepare("SELECT details FROM audit_log WHERE entity = 'event' ORDER BY id DESC LIMIT 1").get() as { details: string }).details;

describe('saving an event against the conflict rules', () => {
  it('refuses a wreath-laying that overlaps the bilateral meeting for Minister Heydarov until the warning is acknowledged', async () => {
    const ctx = openTestOffice();
    const { visit, host, guest, alley } = await office(ctx);
    await call(ctx, 'events:save', bilateralMeeting(visit.id, [host.id, guest.id]));
    const overlapping = { ...wreathLaying(visit.id, alley.id, [host.id, guest.id]), startsAt: '2025-12-03T07:30:00Z', endsAt: '2025-12-03T08:15:00Z' };

    const before = snapshot(ctx);
    const error = await refused(ctx, 'events:save', overlapping);
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'conflict.programmeWarnings' });
    const warnings = conflictsOf(error);
    expect(warnings.map((warning) => [warning.rule, warning.person?.name.en])).toEqual([
      ['personOverlap', 'Kamaladdin Heydarov'],
      ['personOverlap', 'Botir Kudratkhodjaev'],
    ]);
    expect(snapshot(ctx)).toEqual(before);

    // Acknowledging only one of the two is not enough.
    expect((await refused(ctx, 'events:save', { ...overlapping, acknowledgedConflicts: [warnings[0]?.key] })).messageKey).toBe('conflict.programmeWarnings');

    const saved = await call(ctx, 'events:save', { ...overlapping, acknowledgedConflicts: warnings.map((warning) => warning.key) });
    expect(saved.acknowledgedConflicts).toEqual(warnings.map((warning) => warning.key).sort());
    const recorded = JSON.parse(auditDetails(ctx)) as { acknowledgedConflicts: { rule: string; personId: number }[] };
    expect(recorded.acknowledgedConflicts.map((entry) => [entry.rule, entry.personId])).toEqual([
      ['personOverlap', host.id],
      ['personOverlap', guest.id],
    ]);
  });

  it('blocks whatever is acknowledged when the rule is set to block, and says nothing when it is ignored', async () => {
    const ctx = openTestOffice();
    const { visit, host, guest } = await office(ctx);
    await call(ctx, 'events:save', bilateralMeeting(visit.id, [host.id, guest.id]));
    const settings = await call(ctx, 'settings:get', {});
    const clash = { ...bilateralMeeting(visit.id, [host.id, guest.id]), type: 'press' as const };

    await call(ctx, 'settings:save', { conflictRules: { ...settings.conflictRules, personOverlap: 'block' } });
    const blocked = await refused(ctx, 'events:save', clash);
    expect(blocked.messageKey).toBe('conflict.programmeBlocked');
    const keys = conflictsOf(blocked).map((conflict) => conflict.key);
    expect((await refused(ctx, 'events:save', { ...clash, acknowledgedConflicts: keys })).messageKey).toBe('conflict.programmeBlocked');

    await call(ctx, 'settings:save', { conflictRules: { ...settings.conflictRules, personOverlap: 'ignore', venueOverlap: 'ignore' } });
    expect((await call(ctx, 'events:save', clash)).acknowledgedConflicts).toEqual([]);
  });

  it('blocks by default an event the day after the visit ended, in Baku time', async () => {
    const ctx = openTestOffice();
    const { visit } = await office(ctx);
    const late = { ...wreathLaying(visit.id, null, []), startsAt: '2025-12-04T20:00:00Z', endsAt: '2025-12-04T21:00:00Z' };
    const error = await refused(ctx, 'events:save', late);
    expect(conflictsOf(error)).toMatchObject([{ rule: 'outsideVisit', severity: 'block' }]);
    // 19:30 Baku on the last day is fine.
    await call(ctx, 'events:save', { ...late, startsAt: '2025-12-04T15:30:00Z', endsAt: '2025-12-04T16:30:00Z' });
  });

  it('finds the same person double-booked across two visits', async () => {
    const ctx = openTestOffice();
    const { visit, host, partner } = await office(ctx);
    const other = await call(ctx, 'visits:save', { ...russianVisit(partner.id), startDate: '2025-12-03', endDate: '2025-12-03', status: 'draft' });
    await call(ctx, 'events:save', { ...bilateralMeeting(visit.id, [host.id]), type: 'press' });
    const error = await refused(ctx, 'events:save', { ...bilateralMeeting(other.id, [host.id]), type: 'press' });
    expect(conflictsOf(error)).toMatchObject([{ rule: 'personOverlap', other: { visitId: visit.id } }]);
  });

  it('uses the recorded travel time between venues, and the 15-minute default when none is recorded', async () => {
    const ctx = openTestOffice();
    const { visit, host, alley } = await office(ctx);
    const headquarters = await call(ctx, 'venues:save', { ...alleyOfHonours(), name: { az: 'Qərargah', ru: 'Штаб-квартира', en: 'Headquarters' } });
    await call(ctx, 'events:save', { ...wreathLaying(visit.id, alley.id, [host.id]) }); // 10:00–10:30 Baku
    const meeting = { ...bilateralMeeting(visit.id, [host.id]), type: 'press' as const, venueId: headquarters.id, startsAt: '2025-12-03T06:40:00Z', endsAt: '2025-12-03T07:00:00Z' };

    expect(conflictsOf(await refused(ctx, 'events:save', meeting))).toMatchObject([{ rule: 'travelTime', minutesNeeded: 15, minutesAvailable: 10 }]);
    await call(ctx, 'travelTimes:save', { fromVenueId: headquarters.id, toVenueId: alley.id, minutes: 5 });
    expect(await call(ctx, 'travelTimes:list', {})).toMatchObject([{ fromVenueId: alley.id, toVenueId: headquarters.id, minutes: 5 }]);
    await call(ctx, 'events:save', meeting);
  });
});

describe('moving, duplicating and deleting', () => {
  it('moves an event by its times and keeps everything else', async () => {
    const ctx = openTestOffice();
    const { visit, host, guest, alley } = await office(ctx);
    const wreath = await call(ctx, 'events:save', wreathLaying(visit.id, alley.id, [host.id, guest.id]));
    const moved = await call(ctx, 'events:move', { id: wreath.id, startsAt: '2025-12-03T05:00:00Z', endsAt: '2025-12-03T05:45:00Z' });
    expect(moved).toMatchObject({ startsAt: '2025-12-03T05:00:00Z', endsAt: '2025-12-03T05:45:00Z', venueId: alley.id, title: wreath.title });
    expect(moved.participants.map((participant) => participant.personId)).toEqual(wreath.participants.map((participant) => participant.personId));
  });

  it('refuses a move onto the bilateral meeting until acknowledged, and a refused move changes nothing', async () => {
    const ctx = openTestOffice();
    const { visit, host, guest, alley } = await office(ctx);
    await call(ctx, 'events:save', bilateralMeeting(visit.id, [host.id, guest.id]));
    const wreath = await call(ctx, 'events:save', wreathLaying(visit.id, alley.id, [host.id, guest.id]));
    const onto = { id: wreath.id, startsAt: '2025-12-03T07:15:00Z', endsAt: '2025-12-03T07:45:00Z' };
    const error = await refused(ctx, 'events:move', onto);
    expect((await call(ctx, 'events:get', { id: wreath.id })).startsAt).toBe(wreath.startsAt);
    const moved = await call(ctx, 'events:move', { ...onto, acknowledgedConflicts: conflictsOf(error).map((conflict) => conflict.key) });
    expect(moved.startsAt).toBe(onto.startsAt);
    // Moving it clear again drops the acknowledgement, as there is nothing left to acknowledge.
    expect((await call(ctx, 'events:move', { id: wreath.id, startsAt: wreath.startsAt, endsAt: wreath.endsAt, acknowledgedConflicts: moved.acknowledgedConflicts })).acknowledgedConflicts).toEqual([]);
  });

  it('duplicates an event right after the original, with the same participants', async () => {
    const ctx = openTestOffice();
    const { visit, host, guest, alley } = await office(ctx);
    const wreath = await call(ctx, 'events:save', wreathLaying(visit.id, alley.id, [host.id, guest.id]));
    const copy = await call(ctx, 'events:duplicate', { id: wreath.id });
    expect(copy).toMatchObject({ startsAt: wreath.endsAt, endsAt: '2025-12-03T07:00:00Z', title: wreath.title, venueId: alley.id });
    expect(copy.id).not.toBe(wreath.id);
    expect(copy.participants.map((participant) => participant.personId).sort()).toEqual([host.id, guest.id].sort());
    expect(await call(ctx, 'events:list', { visitId: visit.id })).toHaveLength(2);
  });

  it('lists the visit conflicts once per clash, marked acknowledged when saved over', async () => {
    const ctx = openTestOffice();
    const { visit, host, guest } = await office(ctx);
    await call(ctx, 'events:save', bilateralMeeting(visit.id, [host.id, guest.id]));
    const press: ChannelInput<'events:save'> = { ...bilateralMeeting(visit.id, [host.id]), type: 'press' };
    const keys = conflictsOf(await refused(ctx, 'events:save', press)).map((conflict) => conflict.key);
    const saved = await call(ctx, 'events:save', { ...press, acknowledgedConflicts: keys });
    expect(await call(ctx, 'visits:conflicts', { visitId: visit.id })).toMatchObject([{ rule: 'personOverlap', person: { id: host.id }, acknowledged: true }]);
    await call(ctx, 'events:delete', { id: saved.id });
    expect(await call(ctx, 'visits:conflicts', { visitId: visit.id })).toEqual([]);
  });
});

describe('starting from an earlier visit', () => {
  it("copies the Russian visit's programme to the Uzbek visit's first day at the same Baku times, keeping only people on this visit", async () => {
    const ctx = openTestOffice();
    const { visit, host, alley, partner } = await office(ctx);
    const earlier = await call(ctx, 'visits:save', { ...russianVisit(partner.id), startDate: '2024-04-15', endDate: '2024-04-17', status: 'draft' });
    const stranger = await call(ctx, 'people:save', kurenkov(partner.id));
    await call(ctx, 'visitMembers:save', { visitId: earlier.id, personId: stranger.id, side: 'guest', role: 'head' });
    // Day 2 of the earlier visit, 09:30 Baku; becomes day 2 of this visit (4 Dec), 09:30 Baku.
    await call(ctx, 'events:save', { ...wreathLaying(earlier.id, alley.id, [host.id, stranger.id]), startsAt: '2024-04-16T05:30:00Z', endsAt: '2024-04-16T06:00:00Z' });

    const copied = await call(ctx, 'events:copyProgramme', { visitId: visit.id, fromVisitId: earlier.id });
    expect(copied).toMatchObject([{ visitId: visit.id, startsAt: '2025-12-04T05:30:00Z', endsAt: '2025-12-04T06:00:00Z', timeZone: 'Asia/Baku', venueId: alley.id }]);
    expect(copied[0]?.participants.map((participant) => participant.personId)).toEqual([host.id]);
    // The same template twice would put every event in twice: refused as a duplicate.
    expect((await refused(ctx, 'events:copyProgramme', { visitId: visit.id, fromVisitId: earlier.id })).messageKey).toBe('conflict.duplicate');
  });

  it('copies all or nothing: one warning refuses the whole copy until acknowledged', async () => {
    const ctx = openTestOffice();
    const { visit, host, guest, partner } = await office(ctx);
    const earlier = await call(ctx, 'visits:save', { ...russianVisit(partner.id), startDate: '2024-06-10', endDate: '2024-06-11', status: 'draft' });
    await call(ctx, 'events:save', { ...wreathLaying(earlier.id, null, [host.id]), startsAt: '2024-06-10T05:00:00Z', endsAt: '2024-06-10T06:00:00Z' });
    await call(ctx, 'events:save', { ...wreathLaying(earlier.id, null, [host.id]), startsAt: '2024-06-10T07:00:00Z', endsAt: '2024-06-10T08:00:00Z' });
    await call(ctx, 'events:save', { ...bilateralMeeting(visit.id, [host.id, guest.id]) }); // 11:00–12:00 Baku on 3 Dec

    const before = snapshot(ctx);
    const error = await refused(ctx, 'events:copyProgramme', { visitId: visit.id, fromVisitId: earlier.id });
    expect(error.messageKey).toBe('conflict.programmeWarnings');
    expect(snapshot(ctx)).toEqual(before);
    const keys = conflictsOf(error).map((conflict) => conflict.key);
    expect(await call(ctx, 'events:copyProgramme', { visitId: visit.id, fromVisitId: earlier.id, acknowledgedConflicts: keys })).toHaveLength(2);
  });
});

describe('the conflict queries', () => {
  it('start from an index on the person or the venue, not a scan of every event', () => {
    const ctx = openTestOffice();
    const plan = (sql: string, ...params: unknown[]) =>
      (ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');
    const byPerson = plan(PERSON_EVENTS_NEAR, '[1,2]', '2025-12-04T00:00:00Z', '2025-12-02T00:00:00Z');
    expect(byPerson).toMatch(/SEARCH ep USING (COVERING )?INDEX event_participants_person_event/);
    expect(byPerson).toMatch(/SEARCH e USING INTEGER PRIMARY KEY/);
    expect(plan(VENUE_EVENTS_DURING, 1, '2025-12-03T08:00:00Z', '2025-12-03T07:00:00Z')).toMatch(/SEARCH e USING INDEX events_venue_start_end/);
  });
});
