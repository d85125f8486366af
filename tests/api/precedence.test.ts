// The order of precedence through the real handlers: a visit's lists place people by the office's
// ranking table, an officer's own order is kept with its reason, and the table is validated.
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import { DEFAULT_PRECEDENCE_TABLE } from '../../domain/precedence-table';
import { call, openTestOffice, refused, snapshot } from './test-context';
import { bilateralMeeting, heydarov, jointActionPlan, kudratkhodjaev, kurenkov, uzbekOffice } from './office';

/** The Uzbek visit's delegation: the minister, a deputy of long standing, and a department head. */
async function delegation(ctx: HandlerContext) {
  const office = await uzbekOffice(ctx);
  await call(ctx, 'people:save', { ...kudratkhodjaev(office.partner.id), id: office.guest.id, uuid: office.guest.uuid, postTier: 'minister', inPostSince: '2021-03-05' });
  const deputy = await call(ctx, 'people:save', { ...kurenkov(office.partner.id), postTier: 'deputy-minister', inPostSince: '2015-01-10', precedence: 1 });
  const head = await call(ctx, 'people:save', { ...heydarov(office.partner.id), name: { az: null, ru: 'Ахмедов Равшан', en: 'Ravshan Akhmedov' }, postTier: 'head-of-department', rankTier: 'colonel' });
  return { ...office, deputy, head };
}

const add = (ctx: HandlerContext, visitId: number, personId: number, side: 'guest' | 'host' = 'guest') =>
  call(ctx, 'visitMembers:save', { visitId, personId, side, role: 'member' });
const order = async (ctx: HandlerContext, visitId: number) => (await call(ctx, 'visits:get', { id: visitId })).members.map((member) => member.personId);

describe('a visit list in the order of precedence', () => {
  it('places each person added where their tier puts them, whatever order they were added in', async () => {
    const ctx = openTestOffice();
    const { visit, guest, deputy, head } = await delegation(ctx);
    await add(ctx, visit.id, head.id);
    await add(ctx, visit.id, guest.id);
    await add(ctx, visit.id, deputy.id);
    expect(await order(ctx, visit.id)).toEqual([guest.id, deputy.id, head.id]);
  });

  it("keeps the officer's own order with its reason in the audit log, and puts it back in precedence on request", async () => {
    const ctx = openTestOffice();
    const { visit, guest, deputy, head } = await delegation(ctx);
    const members = await Promise.all([guest, deputy, head].map((person) => add(ctx, visit.id, person.id)));
    const [minister, deputyMember, headMember] = members.map((member) => member.id);
    const reason = 'Ахмедов докладывает первым по соглашению сторон';
    await call(ctx, 'visitMembers:reorder', { visitId: visit.id, side: 'guest', memberIds: [headMember!, minister!, deputyMember!], reason });
    expect(await order(ctx, visit.id)).toEqual([head.id, guest.id, deputy.id]);
    const audit = await call(ctx, 'audit:list', { entity: 'visit', entityUuid: visit.uuid });
    expect(audit.rows.find((entry) => entry.details.memberOrder !== undefined)?.details).toMatchObject({ reason, side: 'guest' });

    // Someone added later still goes by precedence within the officer's order: before the first they outrank.
    const second = await call(ctx, 'people:save', { ...heydarov(null), name: { az: null, ru: 'Каримов Азиз', en: 'Aziz Karimov' }, postTier: 'first-deputy-minister' });
    await add(ctx, visit.id, second.id);
    expect(await order(ctx, visit.id)).toEqual([head.id, guest.id, second.id, deputy.id]);

    await call(ctx, 'visitMembers:orderByPrecedence', { visitId: visit.id, side: 'guest' });
    expect(await order(ctx, visit.id)).toEqual([guest.id, second.id, deputy.id, head.id]);
  });

  it('orders one side only, and refuses an unknown visit, writing nothing', async () => {
    const ctx = openTestOffice();
    const { visit, guest, host, head } = await delegation(ctx);
    await add(ctx, visit.id, head.id);
    await add(ctx, visit.id, guest.id);
    await call(ctx, 'people:save', { ...heydarov(null), id: host.id, uuid: host.uuid, postTier: 'minister', inPostSince: '2006-02-06' });
    await add(ctx, visit.id, host.id, 'host');
    const members = await call(ctx, 'visitMembers:orderByPrecedence', { visitId: visit.id, side: 'host' });
    expect(members.map((member) => member.personId)).toEqual([guest.id, head.id, host.id]);
    const before = snapshot(ctx);
    expect(await refused(ctx, 'visitMembers:orderByPrecedence', { visitId: 999, side: 'guest' })).toMatchObject({ code: 'not_found' });
    expect(snapshot(ctx)).toEqual(before);
  });
});

describe("an event's participants in the order of precedence", () => {
  it('lists the guest minister before ours, ours before the deputy, in the programme and the attendance list', async () => {
    const ctx = openTestOffice();
    const { visit, guest, host, deputy, ours } = await delegation(ctx);
    // Our minister takes part without being on the visit's list: one of our own people, a host.
    await call(ctx, 'people:save', { ...heydarov(ours.id), id: host.id, uuid: host.uuid, postTier: 'minister', inPostSince: '2006-02-06' });
    for (const person of [deputy, guest]) await add(ctx, visit.id, person.id);
    const event = await call(ctx, 'events:save', bilateralMeeting(visit.id, [deputy.id, host.id, guest.id]));
    expect(event.participants.map((participant) => participant.personId)).toEqual([guest.id, host.id, deputy.id]);
    const programme = await call(ctx, 'visits:get', { id: visit.id });
    expect(programme.events[0]?.participants.map((participant) => participant.personId)).toEqual([guest.id, host.id, deputy.id]);
    const attendance = await call(ctx, 'events:setAttendance', { eventId: event.id, personId: deputy.id, attendance: 'absent' });
    expect(attendance.map((row) => row.personId)).toEqual([guest.id, host.id, deputy.id]);

    // With guests not put first, the longer-serving minister goes first.
    await call(ctx, 'settings:save', { guestsFirstAtEqualRank: false });
    expect((await call(ctx, 'events:get', { id: event.id })).participants.map((participant) => participant.personId)).toEqual([host.id, guest.id, deputy.id]);
  });
});

describe('the ranking table in Settings', () => {
  it('starts with the default table, and saves an edited one with its guests-first rule', async () => {
    const ctx = openTestOffice();
    expect((await call(ctx, 'settings:get', {})).precedenceTable).toEqual(DEFAULT_PRECEDENCE_TABLE);
    const table = [...DEFAULT_PRECEDENCE_TABLE, { key: 't-chief-of-staff', kind: 'post' as const, tier: 5, name: { az: 'Aparat rəhbəri', ru: 'Руководитель аппарата', en: null } }];
    const saved = await call(ctx, 'settings:save', { precedenceTable: table, guestsFirstAtEqualRank: false });
    expect(saved).toMatchObject({ precedenceTable: table, guestsFirstAtEqualRank: false });
    expect(await call(ctx, 'settings:get', {})).toMatchObject({ precedenceTable: table, guestsFirstAtEqualRank: false });
  });

  it('refuses a key used twice, a name in no language and a tier out of range, each at its field, writing nothing', async () => {
    const ctx = openTestOffice();
    const before = snapshot(ctx);
    const [first, second] = DEFAULT_PRECEDENCE_TABLE;
    const error = await refused(ctx, 'settings:save', {
      precedenceTable: [first, { ...second, key: first!.key }, { ...second, key: 'nameless', name: { az: null, ru: null, en: null } }, { ...second, key: 'deep', tier: 100 }],
    });
    expect(error.code).toBe('validation');
    expect((error.issues ?? []).map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['precedenceTable.1.key', 'precedenceTable.2.name', 'precedenceTable.3.tier']),
    );
    expect(snapshot(ctx)).toEqual(before);
  });

  it("refuses a person's tier key that is not a key, and a date in post that is not a date", async () => {
    const ctx = openTestOffice();
    const error = await refused(ctx, 'people:save', { ...heydarov(null), postTier: 'Министр', inPostSince: '05.03.2021' });
    expect((error.issues ?? []).map((issue) => issue.path.join('.')).sort()).toEqual(['inPostSince', 'postTier']);
  });
});

describe("an event's seating plan", () => {
  it('seats the bilateral talks from the visit: the two heads face each other, each side in precedence', async () => {
    const ctx = openTestOffice();
    const { visit, guest, host, deputy, head, ours } = await delegation(ctx);
    await call(ctx, 'people:save', { ...heydarov(ours.id), id: host.id, uuid: host.uuid, postTier: 'minister', inPostSince: '2006-02-06' });
    for (const person of [head, deputy]) await add(ctx, visit.id, person.id);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const event = await call(ctx, 'events:save', bilateralMeeting(visit.id, [head.id, host.id, deputy.id, guest.id]));
    const plan = await call(ctx, 'seating:plan', { eventId: event.id, layout: 'talks' });
    const seatOf = (personId: number) => plan.seats.find((seat) => seat.key === plan.placements.find((p) => p.personId === personId)?.seatKey);
    expect(seatOf(guest.id)).toMatchObject({ x: 0, y: -1, kind: 'principal' });
    expect(seatOf(host.id)).toMatchObject({ x: 0, y: 1, kind: 'principal' });
    // The deputy minister on the head's right (the guests face the entrance: -x), the department head on the left.
    expect([seatOf(deputy.id)?.x, seatOf(head.id)?.x]).toEqual([-1, 1]);
    expect(plan.people.find((person) => person.personId === host.id)).toMatchObject({ side: 'host', name: { en: 'Kamaladdin Heydarov' } });
    expect(plan.problems).toEqual([]);
    expect(await refused(ctx, 'seating:plan', { eventId: 999, layout: 'talks' })).toMatchObject({ code: 'not_found' });
  });
});

describe("an event's stored seating plan", () => {
  async function talks(ctx: HandlerContext) {
    const { visit, guest, host, deputy, head, ours } = await delegation(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    for (const person of [deputy, head]) await add(ctx, visit.id, person.id);
    const event = await call(ctx, 'events:save', bilateralMeeting(visit.id, [guest.id, deputy.id, head.id, host.id]));
    return { event, guest, host, deputy, head, ours };
  }
  const seatKeyOf = (plan: { placements: { personId: number; seatKey: string }[] }, personId: number) =>
    plan.placements.find((placement) => placement.personId === personId)?.seatKey;

  it('keeps a moved seat, and a locked one when the rest is seated again', async () => {
    const ctx = openTestOffice();
    const { event, deputy, head } = await talks(ctx);
    const computed = await call(ctx, 'seating:plan', { eventId: event.id });
    expect(computed).toMatchObject({ layout: 'talks', stored: false });
    // The officer swaps the deputy and the department head.
    const swapped = computed.placements.map((placement) =>
      placement.personId === deputy.id ? { ...placement, personId: head.id } : placement.personId === head.id ? { ...placement, personId: deputy.id } : placement,
    );
    await call(ctx, 'seating:save', { eventId: event.id, layout: 'talks', placements: swapped });
    const stored = await call(ctx, 'seating:plan', { eventId: event.id });
    expect(stored.stored).toBe(true);
    expect(seatKeyOf(stored, head.id)).toBe(seatKeyOf(computed, deputy.id));

    // Locked, the head keeps the deputy's seat; seated again, the deputy takes the next one.
    const locked = stored.placements.map((placement) => ({ ...placement, locked: placement.personId === head.id }));
    await call(ctx, 'seating:save', { eventId: event.id, layout: 'talks', placements: locked });
    const again = await call(ctx, 'seating:reseat', { eventId: event.id, layout: 'talks' });
    expect(seatKeyOf(again, head.id)).toBe(seatKeyOf(computed, deputy.id));
    expect(again.placements.find((placement) => placement.personId === head.id)?.locked).toBe(true);
    expect(seatKeyOf(again, deputy.id)).toBe(seatKeyOf(computed, head.id));
    expect(again.problems).toEqual([]);
    const audit = await call(ctx, 'audit:list', { entity: 'event', entityUuid: event.uuid });
    expect(audit.rows.map((entry) => entry.details.seating).filter(Boolean)).toEqual(['talks', 'talks', 'talks']);
  });

  it('refuses an unknown seat, someone not taking part and a person seated twice, each at its place, writing nothing', async () => {
    const ctx = openTestOffice();
    const { event, guest, host, ours } = await talks(ctx);
    const outsider = await call(ctx, 'people:save', { ...heydarov(ours.id), name: { az: null, ru: 'Посторонний Иван', en: null } });
    const before = snapshot(ctx);
    const error = await refused(ctx, 'seating:save', {
      eventId: event.id,
      layout: 'talks',
      placements: [
        { seatKey: 'guest-9', personId: guest.id, locked: false },
        { seatKey: 'host-0', personId: outsider.id, locked: false },
      ],
    });
    expect((error.issues ?? []).map((issue) => [issue.path.join('.'), issue.messageKey])).toEqual([
      ['placements.0.seatKey', 'validation.unknownSeat'],
      ['placements.1.personId', 'validation.notTakingPart'],
    ]);
    const twice = await refused(ctx, 'seating:save', {
      eventId: event.id,
      layout: 'talks',
      placements: [
        { seatKey: 'host-0', personId: host.id, locked: false },
        { seatKey: 'guest-1', personId: host.id, locked: false },
      ],
    });
    expect(twice.issues).toEqual([{ path: ['placements', 1, 'personId'], messageKey: 'validation.seatedTwice' }]);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('reports a saved place whose person has left the event, and comes back with the event from the trash', async () => {
    const ctx = openTestOffice();
    const { event, guest, deputy, head, host } = await talks(ctx);
    await call(ctx, 'seating:reseat', { eventId: event.id, layout: 'talks' });
    await call(ctx, 'events:save', { ...bilateralMeeting(event.visitId, [guest.id, deputy.id, host.id]), id: event.id, uuid: event.uuid });
    const plan = await call(ctx, 'seating:plan', { eventId: event.id });
    expect(plan.problems).toContainEqual({ kind: 'notTakingPart', personId: head.id });

    const deleted = await call(ctx, 'events:delete', { id: event.id });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM seating_places').get()).toEqual({ n: 0 });
    await call(ctx, 'trash:restore', { id: Number(deleted.trashId) });
    const restored = await call(ctx, 'seating:plan', { eventId: event.id });
    expect(restored.stored).toBe(true);
    expect(restored.placements).toEqual(plan.placements);
  });
});

describe("an agreement's signatories", () => {
  it('are listed in the order of precedence, the guest minister before ours, whatever order they were entered in', async () => {
    const ctx = openTestOffice();
    const { ours, partner, guest, host } = await delegation(ctx);
    await call(ctx, 'people:save', { ...heydarov(ours.id), id: host.id, uuid: host.uuid, postTier: 'minister', inPostSince: '2006-02-06' });
    const signatories = [
      { personId: host.id, organizationId: ours.id, signedOn: '2025-12-03' },
      { personId: guest.id, organizationId: partner.id, signedOn: '2025-12-03' },
    ];
    const agreement = await call(ctx, 'agreements:save', jointActionPlan([ours.id, partner.id], signatories));
    expect(agreement.signatories.map((signatory) => signatory.personId)).toEqual([guest.id, host.id]);
    const page = await call(ctx, 'agreements:list', { lang: 'ru', offset: 0, limit: 10 });
    expect(page.rows[0]?.signatories.map((signatory) => signatory.personId)).toEqual([guest.id, host.id]);
    await call(ctx, 'settings:save', { guestsFirstAtEqualRank: false });
    expect((await call(ctx, 'agreements:get', { id: agreement.id })).signatories.map((signatory) => signatory.personId)).toEqual([host.id, guest.id]);
  });
});
