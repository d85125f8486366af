import { describe, expect, it } from 'vitest';
import { alleyOfHonours, bilateralMeeting, emercom, kurenkov, russianVisit, uzbekOffice, uzbekVisit, wreathLaying } from './office';
import { call, openTestOffice, refused, rowCounts, snapshot } from './test-context';

describe('visits', () => {
  it('finds the Uzbek visit by its head of delegation, in Russian, lower case', async () => {
    const ctx = openTestOffice();
    const { guest, visit, partner } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });

    const page = await call(ctx, 'visits:list', { search: 'кудратходжаев' });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({
      id: visit.id,
      partnerCountry: 'UZ',
      partnerName: { en: 'Ministry of Emergency Situations of the Republic of Uzbekistan' },
      headOfDelegation: { ru: 'Ботир Кудратходжаев' },
    });
    expect((await call(ctx, 'visits:list', { partnerOrganizationId: partner.id })).total).toBe(1);
  });

  it('lists the newest visit first, and filters and sorts by status', async () => {
    const ctx = openTestOffice();
    const { visit: uzbek } = await uzbekOffice(ctx);
    const russia = await call(ctx, 'organizations:save', emercom());
    const russian = await call(ctx, 'visits:save', russianVisit(russia.id));

    expect((await call(ctx, 'visits:list', {})).rows.map((v) => v.id)).toEqual([uzbek.id, russian.id]);
    expect((await call(ctx, 'visits:list', { status: 'completed' })).rows.map((v) => v.id)).toEqual([russian.id]);
    const byStatus = await call(ctx, 'visits:list', { sort: { column: 'status', direction: 'asc' } });
    expect(byStatus.rows.map((v) => v.status)).toEqual(['draft', 'completed']);
    const byPartner = await call(ctx, 'visits:list', { sort: { column: 'partner', direction: 'asc' }, lang: 'en', limit: 1 });
    expect(byPartner).toMatchObject({ total: 2, rows: [{ id: russian.id }] });
  });

  it('moves a visit from draft to planned, but not from draft straight to completed', async () => {
    const ctx = openTestOffice();
    const { visit, partner } = await uzbekOffice(ctx);
    const planned = await call(ctx, 'visits:save', { ...uzbekVisit(partner.id), id: visit.id, status: 'planned' });
    expect(planned.status).toBe('planned');

    const before = snapshot(ctx);
    const error = await refused(ctx, 'visits:save', { ...uzbekVisit(partner.id), id: visit.id, status: 'completed' });
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'conflict.visitStatusTransition', params: { from: 'planned', to: 'completed' } });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('a visit may be entered after the fact, already completed', async () => {
    const ctx = openTestOffice();
    const russia = await call(ctx, 'organizations:save', emercom());
    expect((await call(ctx, 'visits:save', russianVisit(russia.id))).status).toBe('completed');
  });

  it('refuses a visit that ends before it starts, or with an unknown partner, and writes nothing', async () => {
    const ctx = openTestOffice();
    const { partner } = await uzbekOffice(ctx);
    const before = snapshot(ctx);
    expect(await refused(ctx, 'visits:save', { ...uzbekVisit(partner.id), endDate: '2025-12-01' })).toMatchObject({
      code: 'validation',
      issues: [{ path: ['endDate'], messageKey: 'validation.endBeforeStart' }],
    });
    expect(await refused(ctx, 'visits:save', { ...uzbekVisit(999), responsibleOfficerId: 998 })).toMatchObject({
      code: 'validation',
      messageKey: 'validation.unknownReference',
      issues: [{ path: ['partnerOrganizationId'] }, { path: ['responsibleOfficerId'] }],
    });
    expect(await refused(ctx, 'visits:save', { ...uzbekVisit(partner.id), status: 'postponed' })).toMatchObject({ code: 'validation' });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('deleting a visit takes its delegation, programme and checklist with it', async () => {
    const ctx = openTestOffice();
    const { guest, visit } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    await call(ctx, 'events:save', bilateralMeeting(visit.id, [guest.id]));
    await call(ctx, 'tasks:save', { visitId: visit.id, kind: 'hotel', title: { az: null, ru: null, en: null }, ownerPersonId: null, dueOffsetDays: -7, status: 'open', notes: null });
    expect(await call(ctx, 'visits:delete', { id: visit.id })).toMatchObject({ deleted: true });
    expect(rowCounts(ctx)).toMatchObject({ visits: 0, visit_members: 0, events: 0, event_participants: 0, tasks: 0 });
    expect(await refused(ctx, 'visits:get', { id: visit.id })).toMatchObject({ code: 'not_found', params: { entity: 'visit' } });
  });
});

describe('a visit’s delegation and our participants', () => {
  it('lists the delegation before our side, each in order of precedence', async () => {
    const ctx = openTestOffice();
    const { host, guest, visit, partner } = await uzbekOffice(ctx);
    const deputy = await call(ctx, 'people:save', { ...kurenkov(partner.id), name: { az: null, ru: null, en: 'Deputy Minister' }, precedence: 5 });
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: host.id, side: 'host', role: 'head' });
    const deputyMember = await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: deputy.id, side: 'guest', role: 'deputy' });
    const head = await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    expect(head).toMatchObject({ sortOrder: 10, precedence: 1, name: { en: 'Botir Kudratkhodjaev' }, organizationName: { az: partner.name.az } });
    // Added alone, the deputy was first; the head, of higher precedence, went before them.
    expect(deputyMember.sortOrder).toBe(10);

    const detail = await call(ctx, 'visits:get', { id: visit.id });
    expect(detail.members.map((m) => [m.side, m.personId])).toEqual([
      ['guest', guest.id],
      ['guest', deputy.id],
      ['host', host.id],
    ]);

    const moved = await call(ctx, 'visitMembers:save', { id: deputyMember.id, visitId: visit.id, personId: deputy.id, side: 'guest', role: 'deputy', sortOrder: 1 });
    expect(moved.sortOrder).toBe(1);
    const renamed = await call(ctx, 'visitMembers:save', { id: deputyMember.id, visitId: visit.id, personId: deputy.id, side: 'guest', role: 'member' });
    expect(renamed.sortOrder).toBe(1);
    expect((await call(ctx, 'visits:get', { id: visit.id })).members[0]?.personId).toBe(deputy.id);
  });

  it('refuses a second head of the delegation, the same person twice, and an unknown person', async () => {
    const ctx = openTestOffice();
    const { host, guest, visit } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const before = snapshot(ctx);
    expect(await refused(ctx, 'visitMembers:save', { visitId: visit.id, personId: host.id, side: 'guest', role: 'head' })).toMatchObject({
      code: 'conflict',
      messageKey: 'conflict.oneHeadPerSide',
    });
    expect(await refused(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'member' })).toMatchObject({
      messageKey: 'conflict.alreadyVisitMember',
    });
    expect(await refused(ctx, 'visitMembers:save', { visitId: visit.id, personId: 404, side: 'guest', role: 'member' })).toMatchObject({
      code: 'validation',
      issues: [{ path: ['personId'] }],
    });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('removes a member, and answers NotFound for one already removed', async () => {
    const ctx = openTestOffice();
    const { guest, visit } = await uzbekOffice(ctx);
    const member = await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    await call(ctx, 'visitMembers:delete', { id: member.id });
    expect(await refused(ctx, 'visitMembers:delete', { id: member.id })).toMatchObject({ code: 'not_found' });
    expect((await call(ctx, 'audit:list', { entity: 'visitMember' })).rows.map((e) => e.action)).toEqual(['delete', 'create']);
  });
});

describe('the programme', () => {
  it('the wreath-laying at the Alley of Honours comes before the bilateral meeting, with its participants', async () => {
    const ctx = openTestOffice();
    const { host, guest, visit } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const alley = await call(ctx, 'venues:save', alleyOfHonours());
    const meeting = await call(ctx, 'events:save', bilateralMeeting(visit.id, [host.id, guest.id]));
    const wreath = await call(ctx, 'events:save', wreathLaying(visit.id, alley.id, [guest.id]));
    expect(wreath).toMatchObject({ venueName: { en: 'Alley of Honours' }, participants: [{ personId: guest.id, attendance: 'expected' }] });

    const detail = await call(ctx, 'visits:get', { id: visit.id });
    expect(detail.events.map((e) => e.id)).toEqual([wreath.id, meeting.id]);
    // Two ministers of equal precedence: the guest goes before the host.
    expect(detail.events[1]?.participants.map((p) => p.name.en)).toEqual(['Botir Kudratkhodjaev', 'Kamaladdin Heydarov']);
    expect(await call(ctx, 'events:list', { visitId: visit.id })).toEqual(detail.events);
  });

  it('changing the participants keeps the attendance of those who stay', async () => {
    const ctx = openTestOffice();
    const { host, guest, visit } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    const meeting = await call(ctx, 'events:save', bilateralMeeting(visit.id, [host.id, guest.id]));
    ctx.db.prepare("UPDATE event_participants SET attendance = 'attended' WHERE person_id = ?").run(guest.id);
    const updated = await call(ctx, 'events:save', { ...bilateralMeeting(visit.id, [guest.id]), id: meeting.id, dressCode: { az: 'Biznes kostyum', ru: 'Деловой костюм', en: 'Business suit' } });
    expect(updated.participants).toEqual([{ personId: guest.id, name: guest.name, attendance: 'attended' }]);
    const audit = await call(ctx, 'audit:list', { entityUuid: meeting.uuid, action: 'update' });
    expect(audit.rows[0]?.details).toEqual({ changed: ['dressCode', 'participants'] });
  });

  it('refuses an event that ends before it starts, or with an unknown participant, and writes nothing', async () => {
    const ctx = openTestOffice();
    const { guest, visit } = await uzbekOffice(ctx);
    const before = snapshot(ctx);
    expect(await refused(ctx, 'events:save', { ...wreathLaying(visit.id, null, []), endsAt: '2025-12-03T05:00:00Z' })).toMatchObject({
      issues: [{ path: ['endsAt'], messageKey: 'validation.endBeforeStart' }],
    });
    expect(await refused(ctx, 'events:save', wreathLaying(visit.id, 77, [guest.id, 404]))).toMatchObject({
      issues: [{ path: ['venueId'] }, { path: ['participantIds', 1] }],
    });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('gets, deletes, and answers NotFound for an unknown visit or event', async () => {
    const ctx = openTestOffice();
    const { visit } = await uzbekOffice(ctx);
    const wreath = await call(ctx, 'events:save', wreathLaying(visit.id, null, []));
    expect(await call(ctx, 'events:get', { id: wreath.id })).toEqual(wreath);
    await call(ctx, 'events:delete', { id: wreath.id });
    expect(await refused(ctx, 'events:get', { id: wreath.id })).toMatchObject({ code: 'not_found' });
    expect(await refused(ctx, 'events:list', { visitId: 999 })).toMatchObject({ code: 'not_found', params: { entity: 'visit' } });
  });
});

describe('the logistics checklist', () => {
  it('lists the tasks in the order they fall due, updates and deletes them', async () => {
    const ctx = openTestOffice();
    const { host, visit } = await uzbekOffice(ctx);
    const task = { visitId: visit.id, title: { az: null, ru: null, en: null }, ownerPersonId: host.id, status: 'open', notes: null } as const;
    const wreath = await call(ctx, 'tasks:save', { ...task, kind: 'wreath', dueOffsetDays: -1 });
    const hotel = await call(ctx, 'tasks:save', { ...task, kind: 'hotel', dueOffsetDays: -14 });
    expect(hotel.ownerName?.en).toBe('Kamaladdin Heydarov');
    // The visit is a new incoming one, so its default checklist is there too.
    const due = (await call(ctx, 'tasks:list', { visitId: visit.id })).tasks.map((t) => t.id);
    expect(due.indexOf(hotel.id)).toBeLessThan(due.indexOf(wreath.id));

    expect((await call(ctx, 'tasks:save', { ...task, id: hotel.id, kind: 'hotel', dueOffsetDays: -14, status: 'done' })).status).toBe('done');
    await call(ctx, 'tasks:delete', { id: wreath.id });
    const left = (await call(ctx, 'tasks:list', { visitId: visit.id })).tasks.map((t) => t.id);
    expect(left).toContain(hotel.id);
    expect(left).not.toContain(wreath.id);
    expect(await refused(ctx, 'tasks:save', { ...task, ownerPersonId: 404, kind: 'cars', dueOffsetDays: 0 })).toMatchObject({
      issues: [{ path: ['ownerPersonId'] }],
    });
  });
});
