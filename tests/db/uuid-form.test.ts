// Migration 0008 holds every row's uuid to the one canonical form; a row already here that breaks
// it is reported, not dropped or changed, and a document so named is never read or sent on.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { VISIT } from '../../electron/demo/keys';
import { call, openTestOffice, refused } from '../api/test-context';
import { databaseAt, type Db } from './migration-fixture';

const PLANTED = '../../autostart/evil.desktop'.padEnd(36, '_');

describe('migration 0008, the canonical uuid', () => {
  it('reports a row written before it that breaks the form, and leaves that row as it was', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'protocol-desk-0008-')), 'desk.sqlite');
    const before = databaseAt(7, file);
    const insert = before.prepare("INSERT INTO organizations (uuid, country, name_en, created_at, updated_at) VALUES (?, 'AZ', ?, 'a', 'a')");
    insert.run('de700000-0001-4000-8000-000000000001', 'Ministry');
    insert.run(PLANTED, 'Planted');
    // The columns this migration's rule is about; later migrations reshape others (0013 the notes).
    const read = (db: Db) => db.prepare('SELECT id, uuid, country, name_en, created_at, updated_at FROM organizations ORDER BY id').all();
    const rows = read(before);
    before.close();

    const after = openDatabase(file);
    expect(after.prepare('SELECT table_name, row_id, uuid FROM uuid_form_report').all()).toEqual([{ table_name: 'organizations', row_id: 2, uuid: PLANTED }]);
    expect(read(after)).toEqual(rows);
    after.close();
  });

  it('refuses a new row, or a change, whose uuid is a path, upper-case, or has a NUL byte in it', async () => {
    const ctx = openTestOffice();
    await call(ctx, 'demo:load', {});
    for (const uuid of [PLANTED, 'DE700000-0001-4000-8000-0000000000AA', 'de700000-0001-4000-8000-0000000000aa\u0000/../x']) {
      expect(() => ctx.db.prepare("INSERT INTO organizations (uuid, country, name_en, created_at, updated_at) VALUES (?, 'AZ', 'x', 'a', 'a')").run(uuid)).toThrow('uuid.notCanonical');
      expect(() => ctx.db.prepare('UPDATE visits SET uuid = ? WHERE uuid = ?').run(uuid, VISIT.uzbekistan2025)).toThrow('uuid.notCanonical');
    }
  });

  it('never reads or exports the file of a document row whose uuid names a path', async () => {
    const ctx = openTestOffice();
    await call(ctx, 'demo:load', {});
    const visitId = (ctx.db.prepare('SELECT id FROM visits WHERE uuid = ?').get(VISIT.uzbekistan2025) as { id: number }).id;
    // As a row that came in before the rule existed: planted past the trigger.
    ctx.db.exec('DROP TRIGGER documents_uuid_form_insert');
    ctx.db
      .prepare("INSERT INTO documents (uuid, file_name, media_type, kind, size_bytes, sha256, visit_id, created_at, updated_at) VALUES (?, 'x.pdf', 'application/pdf', 'other', 4, ?, ?, 'a', 'a')")
      .run(PLANTED, 'f'.repeat(64), visitId);
    const id = (ctx.db.prepare('SELECT id FROM documents WHERE uuid = ?').get(PLANTED) as { id: number }).id;
    expect(await refused(ctx, 'documents:read', { id, purpose: 'view' })).toMatchObject({ code: 'conflict', messageKey: 'conflict.documentDamaged' });
    expect(await refused(ctx, 'transfer:export', { visitIds: [visitId], agreementIds: [] })).toMatchObject({ code: 'conflict', messageKey: 'conflict.documentDamaged' });
  });
});
