// Planning a visit: its status, the delegation's order, the checklist, the calendar, attendance
// and the trash, through the real handlers on a real SQLite file.
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import { taskInput } from '../../domain/contract';
import { ACTOR, call, openTestOffice, refused, rowCounts, snapshot } from './test-context';
import { bilateralMeeting, emercom, kurenkov, russianVisit, uzbekOffice, uzbekVisit, wreathLaying } from './office';

/** Every row of every table but the audit log and the trash, to compare before and after. */
function allRows(ctx: HandlerContext): Record<string, unknown[]> {
  const tables = ctx.db
    // Real tables only: a full-text index's shadow tables are rebuilt by its triggers, not restored.
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT IN ('audit_log', 'trash') AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, ctx.db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}

const withClock = (ctx: HandlerContext, instant: string): HandlerContext => ({ ...ctx, now: () => new Date(instant) });

describe('a visit moves through its life', () => {
  it('goes draft → planned → confirmed → in progress → completed, one allowed step at a time', async () => {
    const ctx = openTestOffice();
    const { visit } = await uzbekOffice(ctx);
    for (const status of ['planned', 'confirmed', 'in_progress', 'completed'] as const) {
      expect((await call(ctx, 'visits:setStatus', { id: visit.id, status })).status).toBe(status);
    }
    const audit = await call(ctx, 'audit:list', { entity: 'visit', entityUuid: visit.uuid });
    expect(audit.rows.filter((entry) => entry.action === 'update')).toHaveLength(4);
  });

  it('refuses a draft jumping to completed, and a completed visit going back, writing nothing', async () => {
    const ctx = openTestOffice();
    const { visit } = await uzbekOffice(ctx);
    const before = snapshot(ctx);
    expect(await refused(ctx, 'visits:setStatus', { id: visit.id, status: 'completed' })).toMatchObject({
      code: 'conflict',
      messageKey: 'conflict.visitStatusTransition',
      params: { from: 'draft', to: 'completed' },
    });
    expect(snapshot(ctx)).toEqual(before);
    expect((await call(ctx, 'visits:get', { id: visit.id })).status).toBe('draft');

    const russia = await call(ctx, 'organizations:save', emercom());
    const done = await call(ctx, 'visits:save', russianVisit(russia.id));
    expect(await refused(ctx, 'visits:setStatus', { id: done.id, status: 'in_progress' })).toMatchObject({
      messageKey: 'conflict.visitStatusTransition',
    });
    expect(await refused(ctx, 'visits:setStatus', { id: 999, status: 'planned' })).toMatchObject({ code: 'not_found' });
  });

  it('a cancelled visit can only be brought back as a draft', async () => {
    const ctx = openTestOffice();
    const { visit } = await uzbekOffice(ctx);
    await call(ctx, 'visits:setStatus', { id: visit.id, status: 'cancelled' });
    expect(await refused(ctx, 'visits:setStatus', { id: visit.id, status: 'planned' })).toMatchObject({ code: 'conflict' });
    expect((await call(ctx, 'visits:setStatus', { id: visit.id, status: 'draft' })).status).toBe('draft');
  });

  it('edits a visit through visits:save, keeping its checklist', async () => {
    const ctx = openTestOffice();
    const { visit, partner } = await uzbekOffice(ctx);
    const edited = await call(ctx, 'visits:save', { ...uzbekVisit(partner.id), id: visit.id, city: { az: 'Gəncə', ru: 'Гянджа', en: 'Ganja' } });
    expect(edited.city.ru).toBe('Гянджа');
    expect((await call(ctx, 'tasks:list', { visitId: visit.id })).tasks).toHaveLength(9);
  });
});

describe('the delegation order', () => {
  it('is reordered by hand in one step, and refuses a list that is not exactly that side', async () => {
    const ctx = openTestOffice();
    const { visit, guest, host, partner } = await uzbekOffice(ctx);
    const second = await call(ctx, 'people:save', { ...kurenkov(partner.id), precedence: 5 });
    const head = await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const deputy = await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: second.id, side: 'guest', role: 'deputy' });
    const ours = await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: host.id, side: 'host', role: 'head' });
    expect((await call(ctx, 'visits:get', { id: visit.id })).members.map((m) => m.id)).toEqual([head.id, deputy.id, ours.id]);

    const members = await call(ctx, 'visitMembers:reorder', { visitId: visit.id, side: 'guest', memberIds: [deputy.id, head.id] });
    expect(members.map((m) => m.id)).toEqual([deputy.id, head.id, ours.id]);
    expect(members.map((m) => m.sortOrder)).toEqual([10, 20, 10]);

    const before = snapshot(ctx);
    for (const memberIds of [[deputy.id], [deputy.id, ours.id], [deputy.id, head.id, head.id]]) {
      expect((await refused(ctx, 'visitMembers:reorder', { visitId: visit.id, side: 'guest', memberIds })).code).toBe('validation');
    }
    expect(snapshot(ctx)).toEqual(before);
  });
});

describe('the logistics checklist', () => {
  it('a new incoming visit gets the nine default tasks, owned by its officer, in the same transaction', async () => {
    const ctx = openTestOffice();
    const { partner, host } = await uzbekOffice(ctx);
    const visit = await call(ctx, 'visits:save', { ...uzbekVisit(partner.id), responsibleOfficerId: host.id });
    const { tasks, readiness } = await call(ctx, 'tasks:list', { visitId: visit.id });
    expect(tasks.map((task) => task.kind).sort()).toEqual(
      ['accreditation', 'cars', 'flags', 'gifts', 'hotel', 'interpreters', 'press', 'security_clearance', 'wreath'],
    );
    expect(tasks.every((task) => task.ownerPersonId === host.id && task.status === 'open')).toBe(true);
    expect(tasks.find((task) => task.kind === 'hotel')).toMatchObject({
      title: { az: 'Mehmanxana bronu', ru: 'Бронирование гостиницы', en: 'Hotel booking' },
      dueOffsetDays: -14,
      dueDate: '2025-11-19',
    });
    expect(readiness).toEqual({ done: 0, total: 9 });
  });

  it('an outgoing visit, or one entered after it ended, starts without a checklist', async () => {
    const ctx = openTestOffice();
    const { partner } = await uzbekOffice(ctx);
    const outgoing = await call(ctx, 'visits:save', { ...uzbekVisit(partner.id), direction: 'outgoing' });
    const past = await call(ctx, 'visits:save', russianVisit(partner.id));
    expect((await call(ctx, 'tasks:list', { visitId: outgoing.id })).tasks).toEqual([]);
    expect((await call(ctx, 'tasks:list', { visitId: past.id })).tasks).toEqual([]);
  });

  it('counts readiness without the tasks not needed, in the list and the visits table', async () => {
    const ctx = openTestOffice();
    const { visit } = await uzbekOffice(ctx);
    const { tasks } = await call(ctx, 'tasks:list', { visitId: visit.id });
    const [first, second, third] = tasks;
    for (const [task, status] of [[first, 'done'], [second, 'done'], [third, 'not_needed']] as const) {
      await call(ctx, 'tasks:save', taskInput(task!, { status }));
    }
    expect((await call(ctx, 'tasks:list', { visitId: visit.id })).readiness).toEqual({ done: 2, total: 8 });
    expect((await call(ctx, 'visits:list', {})).rows[0]?.readiness).toEqual({ done: 2, total: 8 });
  });

  it('a task is overdue from the day after it falls due in Baku, until it is done', async () => {
    const ctx = openTestOffice();
    const { visit } = await uzbekOffice(ctx);
    // The hotel falls due on 19 November (arrival on 3 December, minus 14 days).
    const hotel = (await call(ctx, 'tasks:list', { visitId: visit.id })).tasks.find((task) => task.kind === 'hotel')!;
    const overdueAt = async (instant: string) =>
      (await call(withClock(ctx, instant), 'tasks:list', { visitId: visit.id })).tasks.find((task) => task.id === hotel.id)!.overdue;
    expect(await overdueAt('2025-11-19T19:59:59Z')).toBe(false); // 23:59:59 in Baku, still the 19th
    expect(await overdueAt('2025-11-19T20:00:00Z')).toBe(true); // midnight in Baku: the 20th
    const listed = await call(withClock(ctx, '2025-11-25T09:00:00Z'), 'tasks:list', { visitId: visit.id });
    expect(listed.overdue).toBe(listed.tasks.filter((task) => task.dueDate < '2025-11-25').length);
    await call(ctx, 'tasks:save', taskInput(hotel, { status: 'done' }));
    expect(await overdueAt('2025-11-25T09:00:00Z')).toBe(false);
  });

  it('due dates move with the visit when its dates change', async () => {
    const ctx = openTestOffice();
    const { visit, partner } = await uzbekOffice(ctx);
    await call(ctx, 'visits:save', { ...uzbekVisit(partner.id), id: visit.id, startDate: '2025-12-10', endDate: '2025-12-11' });
    const hotel = (await call(ctx, 'tasks:list', { visitId: visit.id })).tasks.find((task) => task.kind === 'hotel');
    expect(hotel?.dueDate).toBe('2025-11-26');
  });
});

describe('the calendar', () => {
  it('shows visits overlapping the range and their events, filtered by partner and status in SQL', async () => {
    const ctx = openTestOffice();
    const { visit, guest } = await uzbekOffice(ctx);
    const russia = await call(ctx, 'organizations:save', emercom());
    const russian = await call(ctx, 'visits:save', { ...russianVisit(russia.id), startDate: '2025-12-04', endDate: '2025-12-06' });
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const meeting = await call(ctx, 'events:save', bilateralMeeting(visit.id, [guest.id]));

    const december = await call(ctx, 'calendar:range', { from: '2025-12-01', to: '2025-12-31' });
    expect(december.visits.map((v) => v.id)).toEqual([visit.id, russian.id]);
    expect(december.events.map((e) => e.id)).toEqual([meeting.id]);
    // A visit touching the range's last day is in it; one starting the day after is not.
    expect((await call(ctx, 'calendar:range', { from: '2025-11-01', to: '2025-12-03' })).visits.map((v) => v.id)).toEqual([visit.id]);
    expect((await call(ctx, 'calendar:range', { from: '2025-12-05', to: '2025-12-05' })).visits.map((v) => v.id)).toEqual([russian.id]);

    const uzbekOnly = await call(ctx, 'calendar:range', { from: '2025-12-01', to: '2025-12-31', partnerOrganizationId: visit.partnerOrganizationId });
    expect(uzbekOnly.visits.map((v) => v.id)).toEqual([visit.id]);
    const completed = await call(ctx, 'calendar:range', { from: '2025-12-01', to: '2025-12-31', status: 'completed' });
    expect(completed).toEqual({ visits: [expect.objectContaining({ id: russian.id })], events: [] });
    expect((await call(ctx, 'calendar:range', { from: '2026-01-01', to: '2026-01-31' })).visits).toEqual([]);
    expect(await refused(ctx, 'calendar:range', { from: '2025-12-31', to: '2025-12-01' })).toMatchObject({ code: 'validation' });
  });
});

describe('attendance', () => {
  it('marks each participant attended, absent or excused, and refuses someone not taking part', async () => {
    const ctx = openTestOffice();
    const { visit, guest, host } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const meeting = await call(ctx, 'events:save', bilateralMeeting(visit.id, [guest.id, host.id]));
    await call(ctx, 'events:setAttendance', { eventId: meeting.id, personId: guest.id, attendance: 'attended' });
    const rows = await call(ctx, 'events:setAttendance', { eventId: meeting.id, personId: host.id, attendance: 'excused' });
    expect(Object.fromEntries(rows.map((row) => [row.personId, row.attendance]))).toEqual({ [guest.id]: 'attended', [host.id]: 'excused' });
    expect((await call(ctx, 'events:get', { id: meeting.id })).participants.find((p) => p.personId === host.id)?.attendance).toBe('excused');

    const before = snapshot(ctx);
    const wreath = await call(ctx, 'events:save', wreathLaying(visit.id, null, [guest.id]));
    const afterWreath = snapshot(ctx);
    expect(await refused(ctx, 'events:setAttendance', { eventId: wreath.id, personId: host.id, attendance: 'absent' })).toMatchObject({
      messageKey: 'validation.notEventParticipant',
    });
    expect(await refused(ctx, 'events:setAttendance', { eventId: 999, personId: host.id, attendance: 'absent' })).toMatchObject({
      code: 'not_found',
    });
    expect(snapshot(ctx)).toEqual(afterWreath);
    expect(afterWreath.events?.length).toBe((before.events?.length ?? 0) + 1);
  });
});

describe('the trash', () => {
  it('a deleted visit comes back row for row, with its delegation, programme, attendance and checklist', async () => {
    const ctx = openTestOffice();
    const { visit, guest, host } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const meeting = await call(ctx, 'events:save', bilateralMeeting(visit.id, [guest.id, host.id]));
    await call(ctx, 'events:setAttendance', { eventId: meeting.id, personId: guest.id, attendance: 'attended' });
    const rows = allRows(ctx);

    const deleted = await call(ctx, 'visits:delete', { id: visit.id });
    expect(rowCounts(ctx)).toMatchObject({ visits: 0, visit_members: 0, events: 0, event_participants: 0, tasks: 0, trash: 1 });
    const [entry] = await call(ctx, 'trash:list', {});
    expect(entry).toMatchObject({ id: deleted.trashId, entity: 'visit', sourceId: visit.id, sourceUuid: visit.uuid, deletedBy: ACTOR });
    expect(entry?.label.ru).toBe('Визит Министра по чрезвычайным ситуациям Узбекистана');
    expect(entry?.childCount).toBe(1 + 1 + 2 + 9);

    expect(await call(ctx, 'trash:restore', { id: deleted.trashId! })).toEqual({ entity: 'visit', id: visit.id });
    expect(allRows(ctx)).toEqual(rows);
    expect(await call(ctx, 'trash:list', {})).toEqual([]);
    const audit = await call(ctx, 'audit:list', { entityUuid: visit.uuid });
    expect(audit.rows.map((row) => row.action)).toEqual(expect.arrayContaining(['delete', 'restore']));
  });

  it('an agreement signed during the visit is linked to it again on restore', async () => {
    const ctx = openTestOffice();
    const { visit, partner, ours } = await uzbekOffice(ctx);
    const plan = await call(ctx, 'agreements:save', {
      ...(await import('./office')).jointActionPlan([ours.id, partner.id]),
      signedAtVisitId: visit.id,
    });
    const { trashId } = await call(ctx, 'visits:delete', { id: visit.id });
    expect((await call(ctx, 'agreements:get', { id: plan.id })).signedAtVisitId).toBeNull();
    await call(ctx, 'trash:restore', { id: trashId! });
    expect((await call(ctx, 'agreements:get', { id: plan.id })).signedAtVisitId).toBe(visit.id);
  });

  it('restores under a new id when a new visit took the old one, children following it', async () => {
    const ctx = openTestOffice();
    const { visit, partner } = await uzbekOffice(ctx);
    const { trashId } = await call(ctx, 'visits:delete', { id: visit.id });
    const newcomer = await call(ctx, 'visits:save', { ...uzbekVisit(partner.id), direction: 'outgoing' });
    expect(newcomer.id).toBe(visit.id);
    const restored = await call(ctx, 'trash:restore', { id: trashId! });
    expect(restored.id).not.toBe(visit.id);
    const back = await call(ctx, 'visits:get', { id: restored.id });
    expect(back.uuid).toBe(visit.uuid);
    expect((await call(ctx, 'tasks:list', { visitId: restored.id })).tasks).toHaveLength(9);
  });

  it('a person still on a delegation cannot be deleted; a free one goes to the trash and back', async () => {
    const ctx = openTestOffice();
    const { visit, guest, host } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const before = snapshot(ctx);
    expect(await refused(ctx, 'people:delete', { id: guest.id })).toMatchObject({ code: 'conflict', messageKey: 'conflict.referenced' });
    expect(snapshot(ctx)).toEqual(before);

    await call(ctx, 'visits:save', { ...uzbekVisit(visit.partnerOrganizationId), id: visit.id, responsibleOfficerId: host.id });
    const rows = allRows(ctx);
    const { trashId } = await call(ctx, 'people:delete', { id: host.id });
    expect((await call(ctx, 'visits:get', { id: visit.id })).responsibleOfficerId).toBeNull();
    await call(ctx, 'trash:restore', { id: trashId! });
    expect(allRows(ctx)).toEqual(rows);
  });

  it('refuses to restore a visit whose participant was deleted meanwhile, writing nothing', async () => {
    const ctx = openTestOffice();
    const { visit, guest } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const { trashId } = await call(ctx, 'visits:delete', { id: visit.id });
    await call(ctx, 'people:delete', { id: guest.id });
    const before = snapshot(ctx);
    expect(await refused(ctx, 'trash:restore', { id: trashId! })).toMatchObject({ code: 'conflict', messageKey: 'conflict.trashParentGone' });
    expect(snapshot(ctx)).toEqual(before);
    expect(await refused(ctx, 'trash:restore', { id: 999 })).toMatchObject({ code: 'not_found' });
  });
});
