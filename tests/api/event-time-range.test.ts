// An officer edits the press briefing of the Uzbek visit and types its end before its start. The
// save is refused on the end time alone: no conflict is computed for a time range that is not one,
// so the officer is not shown a dozen "same person" warnings that never name the cause.
import { describe, expect, it } from 'vitest';
import { bilateralMeeting, uzbekOffice, wreathLaying } from './office';
import { call, openTestOffice, refused, snapshot } from './test-context';

const END_BEFORE_START = { code: 'validation', issues: [{ path: ['endsAt'], messageKey: 'validation.endBeforeStart' }] };

describe('an event whose end comes before its start', () => {
  it('is refused on its end time, with no conflicts, whether saved from the form or dragged', async () => {
    const ctx = openTestOffice();
    const { visit, host, guest } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: host.id, side: 'host', role: 'head' });
    const both = [host.id, guest.id];
    await call(ctx, 'events:save', wreathLaying(visit.id, null, both));
    await call(ctx, 'events:save', bilateralMeeting(visit.id, both));
    // 15:00–16:00 in Baku.
    const press = await call(ctx, 'events:save', { ...bilateralMeeting(visit.id, both), type: 'press', startsAt: '2025-12-03T11:00:00Z', endsAt: '2025-12-03T12:00:00Z' });
    const before = snapshot(ctx);

    // 15:00 → 14:30, as the form sent it before it asked whether the event ends the next day.
    const typo = { ...bilateralMeeting(visit.id, both), id: press.id, type: 'press' as const, startsAt: '2025-12-03T11:00:00Z', endsAt: '2025-12-03T10:30:00Z' };
    const saved = await refused(ctx, 'events:save', typo);
    expect(saved).toMatchObject(END_BEFORE_START);
    expect(saved.details).toBeUndefined();

    const moved = await refused(ctx, 'events:move', { id: press.id, startsAt: '2025-12-03T11:00:00Z', endsAt: '2025-12-03T11:00:00Z' });
    expect(moved).toMatchObject(END_BEFORE_START);
    expect(moved.details).toBeUndefined();
    expect(snapshot(ctx)).toEqual(before);
  });
});
