import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';

const at = '2025-12-01T00:00:00.000Z';
let db: Db;

function addOrganization(): number {
  return Number(
    db
      .prepare("INSERT INTO organizations (uuid, country, name_en, created_at, updated_at) VALUES (?, 'UZ', 'MES of Uzbekistan', ?, ?)")
      .run(randomUUID(), at, at).lastInsertRowid,
  );
}

function addVisit(partnerId: number, start = '2025-12-03', end = '2025-12-04', status = 'draft'): number {
  return Number(
    db
      .prepare(
        `INSERT INTO visits (uuid, direction, title_en, partner_organization_id, start_date, end_date, status, created_at, updated_at)
         VALUES (?, 'incoming', 'Uzbek visit', ?, ?, ?, ?, ?, ?)`,
      )
      .run(randomUUID(), partnerId, start, end, status, at, at).lastInsertRowid,
  );
}

function addPerson(): number {
  return Number(
    db.prepare("INSERT INTO people (uuid, name_en, created_at, updated_at) VALUES (?, 'Botir Kudratkhodjaev', ?, ?)").run(randomUUID(), at, at)
      .lastInsertRowid,
  );
}

beforeEach(() => {
  db = openDatabase(':memory:');
});

describe('the schema refuses rows that break the office rules', () => {
  it('refuses a visit that ends before it starts', () => {
    expect(() => addVisit(addOrganization(), '2025-12-04', '2025-12-03')).toThrow(/CHECK/);
  });

  it('refuses a visit in a status the office does not use', () => {
    expect(() => addVisit(addOrganization(), '2025-12-03', '2025-12-04', 'postponed')).toThrow(/CHECK/);
  });

  it('refuses a wreath-laying that ends before it starts', () => {
    const visitId = addVisit(addOrganization());
    const insert = () =>
      db
        .prepare(
          `INSERT INTO events (uuid, visit_id, type, title_en, starts_at, ends_at, time_zone, created_at, updated_at)
           VALUES (?, ?, 'wreath_laying', 'Alley of Honours', '2025-12-03T07:00:00Z', '2025-12-03T06:00:00Z', 'Asia/Baku', ?, ?)`,
        )
        .run(randomUUID(), visitId, at, at);
    expect(insert).toThrow(/CHECK/);
  });

  it('refuses a delegation member of a visit that does not exist', () => {
    const personId = addPerson();
    const insert = () =>
      db
        .prepare("INSERT INTO visit_members (uuid, visit_id, person_id, side, role, sort_order) VALUES (?, 999, ?, 'guest', 'head', 10)")
        .run(randomUUID(), personId);
    expect(insert).toThrow(/FOREIGN KEY/);
  });

  it('refuses a second head of the same delegation', () => {
    const visitId = addVisit(addOrganization());
    const add = (personId: number) =>
      db
        .prepare("INSERT INTO visit_members (uuid, visit_id, person_id, side, role, sort_order) VALUES (?, ?, ?, 'guest', 'head', 10)")
        .run(randomUUID(), visitId, personId);
    add(addPerson());
    expect(() => add(addPerson())).toThrow(/UNIQUE/);
  });

  it('refuses a document owned by both a visit and a person', () => {
    const visitId = addVisit(addOrganization());
    const insert = () =>
      db
        .prepare(
          `INSERT INTO documents (uuid, file_name, media_type, kind, size_bytes, sha256, visit_id, person_id, created_at, updated_at)
           VALUES (?, 'plan.pdf', 'application/pdf', 'signed_scan', 10, ?, ?, ?, ?, ?)`,
        )
        .run(randomUUID(), 'a'.repeat(64), visitId, addPerson(), at, at);
    expect(insert).toThrow(/CHECK/);
  });

  it('keeps the audit log append-only', () => {
    db.prepare("INSERT INTO audit_log (uuid, at, actor, action, entity) VALUES (?, ?, 'n.aliyeva', 'create', 'visit')").run(randomUUID(), at);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone.else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('refuses to delete a partner organisation that still has visits', () => {
    const partnerId = addOrganization();
    addVisit(partnerId);
    expect(() => db.prepare('DELETE FROM organizations WHERE id = ?').run(partnerId)).toThrow(/FOREIGN KEY/);
  });
});
