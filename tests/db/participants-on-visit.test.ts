// Migration 0010 keeps every participant of a visit's event on that visit or one of ours. In a
// database written before it, a guest the delegation list no longer holds (taken off with the old
// ✕, which left her in the programme) goes to the trash with an audit entry; the rest stays.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import { openDatabase } from '../../db/open';
import { ACTOR, call, NOW, refused } from '../api/test-context';
import { databaseAt } from './migration-fixture';

const uuid = (n: number) => `de700000-0010-4000-8000-${String(n).padStart(12, '0')}`;
const AT = '2025-11-01T09:00:00.000Z';

/** Our minister (not on the lists), the Uzbek minister heading the delegation, and Karimova, taken off it. */
function writeBefore0010(file: string): unknown[] {
  const db = databaseAt(9, file);
  const organization = db.prepare('INSERT INTO organizations (uuid, country, name_en, is_ours, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  organization.run(uuid(1), 'AZ', 'Ministry of Emergency Situations', 1, AT, AT);
  organization.run(uuid(2), 'UZ', 'Ministry of Emergency Situations of Uzbekistan', 0, AT, AT);
  const person = db.prepare('INSERT INTO people (uuid, name_en, name_ru, organization_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  person.run(uuid(3), 'Kamaladdin Heydarov', 'Кямаледдин Гейдаров', 1, AT, AT);
  person.run(uuid(4), 'Botir Kudratkhodjaev', 'Ботир Кудратходжаев', 2, AT, AT);
  person.run(uuid(5), 'Dilnoza Karimova', 'Дилноза Каримова', 2, AT, AT);
  db.prepare("INSERT INTO visits (uuid, direction, title_en, partner_organization_id, start_date, end_date, created_at, updated_at) VALUES (?, 'incoming', ?, 2, '2025-12-03', '2025-12-04', ?, ?)")
    .run(uuid(6), "Visit of Uzbekistan's Minister", AT, AT);
  db.prepare("INSERT INTO visit_members (uuid, visit_id, person_id, side, role, sort_order) VALUES (?, 1, 2, 'guest', 'head', 10)").run(uuid(7));
  db.prepare("INSERT INTO events (uuid, visit_id, type, title_en, title_ru, starts_at, ends_at, time_zone, created_at, updated_at) VALUES (?, 1, 'arrival', ?, ?, ?, ?, 'Asia/Baku', ?, ?)")
    .run(uuid(8), 'Arrival of the delegation', 'Прибытие делегации', '2025-12-03T06:00:00Z', '2025-12-03T06:30:00Z', AT, AT);
  const participant = db.prepare('INSERT INTO event_participants (uuid, event_id, person_id, attendance) VALUES (?, 1, ?, ?)');
  participant.run(uuid(9), 1, 'expected');
  participant.run(uuid(10), 2, 'attended');
  participant.run(uuid(11), 3, 'attended');
  const rows = db.prepare('SELECT * FROM event_participants ORDER BY id').all();
  db.close();
  return rows;
}

describe('migration 0010, participants on the visit', () => {
  it('moves a participant who is neither on the visit nor ours to the trash, and leaves everyone else as they were', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'protocol-desk-0010-')), 'desk.sqlite');
    const [ours, head, removed] = writeBefore0010(file);

    const db = openDatabase(file);
    expect(db.prepare('SELECT * FROM event_participants ORDER BY id').all()).toEqual([ours, head]);
    const trash = db.prepare('SELECT id, entity, source_table, source_uuid, label_en, label_ru, snapshot, deleted_by FROM trash').all();
    expect(trash).toEqual([
      {
        id: 1,
        entity: 'eventParticipant',
        source_table: 'event_participants',
        source_uuid: uuid(11),
        label_en: 'Dilnoza Karimova · Arrival of the delegation',
        label_ru: 'Дилноза Каримова · Прибытие делегации',
        snapshot: JSON.stringify({ root: { table: 'event_participants', row: removed, children: [] }, links: [] }),
        deleted_by: 'migration 0010',
      },
    ]);
    const audit = db.prepare('SELECT action, entity, entity_uuid, details FROM audit_log').all();
    expect(audit).toEqual([{ action: 'delete', entity: 'eventParticipant', entity_uuid: uuid(11), details: '{"trashId":1,"rows":1}' }]);
    db.close();
  });

  it('puts the participant back from the trash only once she is on the visit again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-0010-'));
    const file = join(dir, 'desk.sqlite');
    const removed = writeBefore0010(file)[2];
    const ctx: HandlerContext = { db: openDatabase(file), actor: ACTOR, now: () => NOW, dataDir: dir };

    expect(await refused(ctx, 'trash:restore', { id: 1 })).toMatchObject({ code: 'conflict', messageKey: 'conflict.participantNotOnVisit' });
    await call(ctx, 'visitMembers:save', { visitId: 1, personId: 3, side: 'guest', role: 'member' });
    await call(ctx, 'trash:restore', { id: 1 });
    expect(ctx.db.prepare('SELECT * FROM event_participants WHERE id = 3').get()).toEqual(removed);
    ctx.db.close();
  });
});
