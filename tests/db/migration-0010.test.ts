// Migration 0010: everyone in a visit's event is on that visit or one of our own people. What the
// old ✕ left behind (a guest taken off the delegation but still in the programme) goes to the
// trash with its audit entry; from then on, triggers refuse any change that would break the rule.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, rowsOf, uuidOf, type Db } from './migration-fixture';
import { AT, ARRIVAL, KARIMOVA, KUDRATKHODJAEV, MAMMADOV, OURS, PARTNER, TALKS, VISIT, writeUzbekVisit } from './migration-office';

const KURENKOV = 5;
const RUSSIAN_VISIT = 2;
const RUSSIAN_TALKS = 4;

let db: Db;
beforeEach(() => {
  db = databaseAt(9);
  writeUzbekVisit(db);
  const russia = insert(db, 'organizations', { uuid: uuidOf(10, 1), country: 'RU', name_ru: 'МЧС России', name_en: 'EMERCOM of Russia', created_at: AT, updated_at: AT });
  insert(db, 'people', { uuid: uuidOf(10, 2), name_ru: 'Александр Куренков', name_en: 'Alexander Kurenkov', organization_id: russia, created_at: AT, updated_at: AT });
  insert(db, 'visits', {
    uuid: uuidOf(10, 3), direction: 'incoming', title_ru: 'Визит делегации МЧС России', partner_organization_id: russia,
    start_date: '2025-11-10', end_date: '2025-11-11', created_at: AT, updated_at: AT,
  });
  insert(db, 'visit_members', { uuid: uuidOf(10, 4), visit_id: RUSSIAN_VISIT, person_id: KURENKOV, side: 'guest', role: 'head', sort_order: 10 });
  insert(db, 'events', {
    uuid: uuidOf(10, 5), visit_id: RUSSIAN_VISIT, type: 'bilateral_meeting', title_ru: 'Переговоры', starts_at: '2025-11-10T07:00:00Z',
    ends_at: '2025-11-10T08:00:00Z', time_zone: 'Asia/Baku', created_at: AT, updated_at: AT,
  });
  const participant = (n: number, event: number, person: number) => insert(db, 'event_participants', { uuid: uuidOf(10, n), event_id: event, person_id: person });
  participant(6, RUSSIAN_TALKS, KURENKOV);
  participant(7, ARRIVAL, MAMMADOV);
  // Karimova taken off the Uzbek delegation with the old ✕, which left her in the talks; Kurenkov
  // put into the Uzbek talks though he came with the Russian visit.
  db.prepare('DELETE FROM visit_members WHERE visit_id = ? AND person_id = ?').run(VISIT, KARIMOVA);
  participant(8, TALKS, KURENKOV);
});

const refusal = /participant\.notOnVisit/;
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INSTANT_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('migration 0010, participants on the visit', () => {
  it("moves Karimova's and Kurenkov's places in the Uzbek talks to the trash on the record, and nothing else", () => {
    const participants = rowsOf(db, 'event_participants') as { id: number; uuid: string; person_id: number; event_id: number }[];
    const audit = rowsOf(db, 'audit_log');
    const untouched = otherTables(db, ['event_participants', 'audit_log', 'trash']);
    migrateTo(db, 10);

    const offVisit = participants.filter((p) => p.event_id === TALKS && (p.person_id === KARIMOVA || p.person_id === KURENKOV));
    expect(rowsOf(db, 'event_participants')).toEqual(participants.filter((p) => !offVisit.includes(p)));

    // Each entry as the app's own deletion writes it: a fresh uuid, the moment of the migration.
    const fresh = { uuid: expect.stringMatching(CANONICAL_UUID), deleted_at: expect.stringMatching(INSTANT_MS) };
    const trash = rowsOf(db, 'trash') as Record<string, unknown>[];
    expect(trash).toEqual([
      {
        id: 1, ...fresh, entity: 'eventParticipant', source_table: 'event_participants', source_id: offVisit[0]!.id, source_uuid: offVisit[0]!.uuid,
        label_az: 'Dilnoza Karimova · İkitərəfli görüş', label_ru: 'Дилноза Каримова · Двусторонняя встреча', label_en: 'Dilnoza Karimova · Bilateral meeting',
        snapshot: JSON.stringify({ root: { table: 'event_participants', row: offVisit[0], children: [] }, links: [] }), deleted_by: 'migration 0010',
      },
      {
        id: 2, ...fresh, entity: 'eventParticipant', source_table: 'event_participants', source_id: offVisit[1]!.id, source_uuid: offVisit[1]!.uuid,
        label_az: 'Александр Куренков · İkitərəfli görüş', label_ru: 'Александр Куренков · Двусторонняя встреча', label_en: 'Alexander Kurenkov · Bilateral meeting',
        snapshot: JSON.stringify({ root: { table: 'event_participants', row: offVisit[1], children: [] }, links: [] }), deleted_by: 'migration 0010',
      },
    ]);
    expect(rowsOf(db, 'audit_log').slice(audit.length)).toEqual(
      trash.map((entry, n) => ({
        id: audit.length + n + 1, uuid: expect.stringMatching(CANONICAL_UUID), at: entry.deleted_at, actor: 'migration 0010', action: 'delete',
        entity: 'eventParticipant', entity_uuid: entry.source_uuid, details: JSON.stringify({ trashId: entry.id, rows: 1 }),
      })),
    );
    expect(rowsOf(db, 'audit_log').slice(0, audit.length)).toEqual(audit);
    expect(otherTables(db, ['event_participants', 'audit_log', 'trash'])).toEqual(untouched);
  });

  it('refuses to put Karimova back in the talks while she is off the delegation, and takes her once she is on it again', () => {
    migrateTo(db, 10);
    const karimovaInTalks = () => insert(db, 'event_participants', { uuid: uuidOf(10, 20), event_id: TALKS, person_id: KARIMOVA });
    expect(karimovaInTalks).toThrow(refusal);
    expect(() => db.prepare('UPDATE event_participants SET person_id = ? WHERE event_id = ? AND person_id = ?').run(KARIMOVA, TALKS, KUDRATKHODJAEV)).toThrow(refusal);
    insert(db, 'visit_members', { uuid: uuidOf(10, 21), visit_id: VISIT, person_id: KARIMOVA, side: 'guest', role: 'member', sort_order: 20 });
    karimovaInTalks();
  });

  it('refuses to take the head of the Uzbek delegation off the list, or the talks to another visit, while he is in them', () => {
    migrateTo(db, 10);
    expect(() => db.prepare('DELETE FROM visit_members WHERE visit_id = ? AND person_id = ?').run(VISIT, KUDRATKHODJAEV)).toThrow(refusal);
    expect(() => db.prepare('UPDATE visit_members SET person_id = ? WHERE visit_id = ? AND person_id = ?').run(KARIMOVA, VISIT, KUDRATKHODJAEV)).toThrow(refusal);
    expect(() => db.prepare('UPDATE events SET visit_id = ? WHERE id = ?').run(RUSSIAN_VISIT, TALKS)).toThrow(refusal);
  });

  it('refuses to make Məmmədov, at the arrival as one of ours, somebody else’s, or our ministry not ours', () => {
    migrateTo(db, 10);
    expect(() => db.prepare('UPDATE people SET organization_id = ? WHERE id = ?').run(PARTNER, MAMMADOV)).toThrow(refusal);
    expect(() => db.prepare('UPDATE organizations SET is_ours = 0 WHERE id = ?').run(OURS)).toThrow(refusal);
  });

  it('still deletes the whole Uzbek visit with its delegation and programme', () => {
    migrateTo(db, 10);
    db.prepare('DELETE FROM visits WHERE id = ?').run(VISIT);
    expect(db.prepare('SELECT event_id, person_id FROM event_participants').all()).toEqual([{ event_id: RUSSIAN_TALKS, person_id: KURENKOV }]);
    expect(db.prepare('SELECT visit_id, person_id FROM visit_members').all()).toEqual([{ visit_id: RUSSIAN_VISIT, person_id: KURENKOV }]);
  });
});
