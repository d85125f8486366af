// Taking someone off a visit's delegation takes them out of its programme too, and "Undo" puts
// both back; the database itself refuses a participant who is neither on the visit nor ours.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { peopleOffVisit } from '../../db/visit-members.repo';
import type { HandlerContext } from '../../electron/api/context';
import { bilateralMeeting, kurenkov, uzbekOffice, wreathLaying } from './office';
import { ACTOR, call, openTestOffice, refused, snapshot } from './test-context';

/** The Uzbek minister heads the delegation and is in the meeting and the wreath-laying; Minister Heydarov is ours. */
async function plannedVisit(ctx: HandlerContext) {
  const base = await uzbekOffice(ctx);
  const { visit, guest, host } = base;
  const head = await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
  await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: host.id, side: 'host', role: 'head' });
  const meeting = await call(ctx, 'events:save', bilateralMeeting(visit.id, [host.id, guest.id]));
  const wreath = await call(ctx, 'events:save', wreathLaying(visit.id, null, [guest.id, host.id]));
  return { ...base, head, meeting, wreath };
}

const participantsOf = async (ctx: HandlerContext, visitId: number) =>
  (await call(ctx, 'events:list', { visitId })).map((event) => event.participants.map((participant) => participant.name.en));

describe('taking a member off a visit', () => {
  it('takes the Uzbek minister out of the meeting and the wreath-laying with him, under one audit entry', async () => {
    const ctx = openTestOffice();
    const { visit, head } = await plannedVisit(ctx);

    const { trashId } = await call(ctx, 'visitMembers:delete', { id: head.id });

    const detail = await call(ctx, 'visits:get', { id: visit.id });
    expect(detail.members.map((member) => member.name.en)).toEqual(['Kamaladdin Heydarov']);
    expect(await participantsOf(ctx, visit.id)).toEqual([['Kamaladdin Heydarov'], ['Kamaladdin Heydarov']]);
    const briefing = await call(ctx, 'briefing:get', { visitId: visit.id });
    expect(briefing.events.flatMap((event) => event.participants.map((participant) => participant.name.en))).not.toContain('Botir Kudratkhodjaev');

    const audit = await call(ctx, 'audit:list', { entity: 'visitMember', action: 'delete' });
    expect(audit.rows).toMatchObject([{ actor: ACTOR, entityUuid: head.uuid, details: { trashId, rows: 3 } }]);
    expect(await call(ctx, 'trash:list', {})).toMatchObject([
      { id: trashId, entity: 'visitMember', label: { en: 'Botir Kudratkhodjaev' }, childCount: 2 },
    ]);
  });

  it('is all or nothing: when the member cannot go, the places in the events stay too', async () => {
    const ctx = openTestOffice();
    const { head } = await plannedVisit(ctx);
    // Stands for anything that fails after the places were deleted and before the member was.
    ctx.db.exec("CREATE TEMP TRIGGER refuse_member BEFORE DELETE ON visit_members BEGIN SELECT RAISE(ABORT, 'refused in the test'); END");
    const before = snapshot(ctx);
    expect(await refused(ctx, 'visitMembers:delete', { id: head.id })).toMatchObject({ code: 'internal' });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('"Undo" puts back the member and both places, with the attendance already marked', async () => {
    const ctx = openTestOffice();
    const { visit, head, guest, meeting } = await plannedVisit(ctx);
    await call(ctx, 'events:setAttendance', { eventId: meeting.id, personId: guest.id, attendance: 'attended' });
    const before = snapshot(ctx);
    const programme = await participantsOf(ctx, visit.id);

    const { trashId } = await call(ctx, 'visitMembers:delete', { id: head.id });
    expect(await call(ctx, 'trash:restore', { id: trashId! })).toEqual({ entity: 'visitMember', id: head.id });

    const after = snapshot(ctx);
    for (const table of ['visit_members', 'event_participants'] as const) expect(after[table]).toEqual(before[table]);
    expect(await participantsOf(ctx, visit.id)).toEqual(programme);
    expect((await call(ctx, 'audit:list', { entity: 'visitMember', action: 'restore' })).rows).toHaveLength(1);
  });

  it('answers NotFound for a member already taken off', async () => {
    const ctx = openTestOffice();
    const { head } = await plannedVisit(ctx);
    await call(ctx, 'visitMembers:delete', { id: head.id });
    expect(await refused(ctx, 'visitMembers:delete', { id: head.id })).toMatchObject({ code: 'not_found' });
  });
});

describe('the database keeps every participant on the visit or ours', () => {
  it('refuses a Russian general in the Uzbek meeting, written straight in SQL or saved through the programme', async () => {
    const ctx = openTestOffice();
    const { visit, partner, host, guest, meeting } = await plannedVisit(ctx);
    const stranger = await call(ctx, 'people:save', kurenkov(partner.id));
    const before = snapshot(ctx);

    const insert = ctx.db.prepare("INSERT INTO event_participants (uuid, event_id, person_id) VALUES ('7e570000-0000-4000-8000-000000000001', ?, ?)");
    expect(() => insert.run(meeting.id, stranger.id)).toThrow('participant.notOnVisit');
    const saved = { ...bilateralMeeting(visit.id, [host.id, guest.id, stranger.id]), id: meeting.id };
    // Refused before the write, at the general's place in the list, so the event form shows it at its guest list.
    expect(await refused(ctx, 'events:save', saved)).toMatchObject({
      code: 'validation',
      messageKey: 'conflict.participantNotOnVisit',
      issues: [{ path: ['participantIds', 2], messageKey: 'conflict.participantNotOnVisit' }],
    });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('asks the same rule before a save as the trigger holds after it, for members, our people and strangers', async () => {
    const ctx = openTestOffice();
    const { visit, ours, partner, host, guest, meeting } = await plannedVisit(ctx);
    const colleague = await call(ctx, 'people:save', { ...kurenkov(ours.id), precedence: 5 });
    const stranger = await call(ctx, 'people:save', kurenkov(partner.id));
    const unattached = await call(ctx, 'people:save', kurenkov(null));
    const everyone = [host.id, guest.id, colleague.id, stranger.id, unattached.id];
    const off = peopleOffVisit(ctx.db, visit.id, everyone);
    expect([...off].sort()).toEqual([stranger.id, unattached.id].sort());
    const insert = ctx.db.prepare('INSERT INTO event_participants (uuid, event_id, person_id) VALUES (?, ?, ?)');
    for (const personId of everyone) {
      ctx.db.exec('SAVEPOINT probe');
      let refusedByTrigger = false;
      try {
        insert.run(randomUUID(), meeting.id, personId);
      } catch (error) {
        // Those already in the meeting are refused as duplicates, which is not the rule's refusal.
        refusedByTrigger = String(error).includes('participant.notOnVisit');
      }
      ctx.db.exec('ROLLBACK TO probe; RELEASE probe');
      expect(refusedByTrigger, `person ${personId}`).toBe(off.has(personId));
    }
  });

  it('lets one of our own people take part without being on the visit’s lists', async () => {
    const ctx = openTestOffice();
    const { visit, ours, partner, guest, head } = await plannedVisit(ctx);
    const colleague = await call(ctx, 'people:save', { ...kurenkov(ours.id), precedence: 5 });
    const meeting = await call(ctx, 'events:save', { ...bilateralMeeting(visit.id, [guest.id, colleague.id]), startsAt: '2025-12-04T07:00:00Z', endsAt: '2025-12-04T08:00:00Z' });
    expect(meeting.participants.map((participant) => participant.personId)).toContain(colleague.id);

    // ...as long as they stay ours: moving them to the partner's ministry would leave them stranded.
    const moved = { ...kurenkov(partner.id), precedence: 5, id: colleague.id };
    expect(await refused(ctx, 'people:save', moved)).toMatchObject({ messageKey: 'conflict.participantNotOnVisit' });
    // And a member still in the events cannot be deleted past the app, straight in SQL.
    expect(() => ctx.db.prepare('DELETE FROM visit_members WHERE id = ?').run(head.id)).toThrow('participant.notOnVisit');
  });

  it('still lets a whole visit go to the trash and come back, members and events together', async () => {
    const ctx = openTestOffice();
    const { visit } = await plannedVisit(ctx);
    const before = snapshot(ctx);
    const { trashId } = await call(ctx, 'visits:delete', { id: visit.id });
    await call(ctx, 'trash:restore', { id: trashId! });
    const after = snapshot(ctx);
    for (const table of ['visits', 'visit_members', 'events', 'event_participants'] as const) expect(after[table]).toEqual(before[table]);
  });
});
