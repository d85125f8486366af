// The audit log screen, backups in Settings, and the recovery screen after the database file was damaged.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir } from '../../db/backup';
import { openDatabase } from '../../db/open';
import { loadDemoOffice } from '../../electron/demo/load';
import { AGREEMENT, VISIT } from '../../electron/demo/keys';
import { exportBundle } from '../../electron/api/transfer';
import { artifactsDir, launchApp } from './harness';

describe('the audit log', () => {
  it('lists who did what and when, filtered by action, with no way to change an entry', async () => {
    const app = await launchApp({ route: '#/settings' });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Load demo office' }).click();
      await page.getByRole('button', { name: 'Back up now' }).click();
      await page.getByText(/Backup saved/).waitFor();
      await page.getByRole('link', { name: 'Audit log' }).click();
      const log = page.getByTestId('audit-log');
      await log.getByText('Backed up').waitFor();
      await expect(log.getByText('e2e-officer').first().isVisible()).resolves.toBe(true);
      await app.screenshot('audit-log-en');

      await page.locator('input:visible').and(page.getByLabel('Action')).click();
      await page.getByRole('option', { name: 'Backed up' }).click();
      await expect.poll(() => log.locator('tbody tr').count()).toBe(1);
      await expect(page.getByText('Total: 1').isVisible()).resolves.toBe(true);
      // Nothing on the screen edits or removes an entry.
      await expect(log.getByRole('button').count()).resolves.toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe('a damaged database at start', () => {
  it('is set aside, and the officer restores the last backup from the recovery screen', async () => {
    const app = await launchApp({
      startLikeTheShell(dataDir, dbFile) {
        const db = openDatabase(dbFile);
        loadDemoOffice({ db, actor: 'n.aliyeva', now: () => new Date('2025-11-19T17:00:00Z'), dataDir });
        mkdirSync(backupsDir(dataDir), { recursive: true });
        db.exec(`VACUUM INTO '${join(backupsDir(dataDir), 'protocol-desk-2025-11-19T17-00-00Z-quit.sqlite')}'`);
        db.close();
        const bytes = readFileSync(dbFile);
        bytes.write('this is no longer a database', 0);
        writeFileSync(dbFile, bytes);
      },
    });
    try {
      const { page } = app;
      const recovery = page.getByTestId('recovery');
      await recovery.waitFor();
      await recovery.getByText('RU', { exact: true }).click();
      await recovery.getByText('Файл базы данных повреждён.').waitFor();
      await expect(recovery.getByText(/\.unusable-/).isVisible()).resolves.toBe(true);
      await app.screenshot('recovery-ru');

      await recovery.getByRole('button', { name: 'Восстановить' }).click();
      // The app starts again over the restored data, in the language saved there (English, the default).
      await page.getByRole('link', { name: 'Visits' }).waitFor();
      await page.goto(`${app.origin}/index.html#/visits`);
      await page.locator('tbody tr').first().waitFor();
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});

describe('importing a transfer bundle', () => {
  it('previews new, updated and both-sides-edited records, and merges with the officer’s choices', async () => {
    // The other PC: the demo office, exporting the Uzbek visit and the 2026-2027 plan.
    const otherDir = mkdtempSync(join(tmpdir(), 'protocol-desk-other-pc-'));
    const other = { db: openDatabase(join(otherDir, 'desk.sqlite')), actor: 'r.mammadov', now: () => new Date('2025-11-21T10:00:00Z'), dataDir: otherDir };
    loadDemoOffice(other);
    const idOf = (table: string, uuid: string) => (other.db.prepare(`SELECT id FROM ${table} WHERE uuid = ?`).get(uuid) as { id: number }).id;
    const bundle = exportBundle(other, { visitIds: [idOf('visits', VISIT.uzbekistan2025)], agreementIds: [idOf('agreements', AGREEMENT.uzbekistanPlan20262027)] });
    other.db.close();
    rmSync(otherDir, { recursive: true, force: true });

    const app = await launchApp({ route: '#/settings' });
    try {
      // This PC has the same office, with the visit edited here since, and the heads of delegation's ranks edited long ago, and one of its tasks deleted.
      loadDemoOffice({ db: app.db, actor: 'n.aliyeva', now: () => new Date('2025-11-01T10:00:00Z'), dataDir: '' });
      app.db.prepare("UPDATE visits SET city_en = 'Baku and Ganja', updated_at = '2099-01-01T00:00:00.000Z' WHERE uuid = ?").run(VISIT.uzbekistan2025);
      const heads = `SELECT rank_en FROM people WHERE id IN (SELECT person_id FROM visit_members WHERE role = 'head' AND visit_id = (SELECT id FROM visits WHERE uuid = ?)) ORDER BY id`;
      const headRanks = app.db.prepare(heads).all(VISIT.uzbekistan2025);
      app.db
        .prepare(
          `UPDATE people SET rank_en = 'Colonel', updated_at = '2000-01-01T00:00:00.000Z'
           WHERE id IN (SELECT person_id FROM visit_members WHERE role = 'head' AND visit_id = (SELECT id FROM visits WHERE uuid = ?))`,
        )
        .run(VISIT.uzbekistan2025);
      const tasksOfVisit = 'SELECT count(*) AS n FROM tasks WHERE visit_id = (SELECT id FROM visits WHERE uuid = ?)';
      const tasksBefore = app.db.prepare(tasksOfVisit).get(VISIT.uzbekistan2025);
      app.db.prepare('DELETE FROM tasks WHERE id = (SELECT min(id) FROM tasks WHERE visit_id = (SELECT id FROM visits WHERE uuid = ?))').run(VISIT.uzbekistan2025);
      const { page } = app;
      await page.reload();
      await page.getByText('RU', { exact: true }).first().click();
      await page.getByTestId('transfer-import').locator('input[type=file]').setInputFiles({ name: 'uzbekistan.pdbundle.json', mimeType: 'application/json', buffer: Buffer.from(bundle.content) });
      const preview = page.getByTestId('transfer-preview');
      await preview.getByText('Изменена с обеих сторон').first().waitFor();
      await preview.getByText('Обновлена').first().waitFor();
      await preview.getByText('Новая').first().waitFor();
      // The settings page is long: the picture is of the transfer section itself.
      await page.getByTestId('transfer').screenshot({ path: join(artifactsDir, 'screenshots', 'transfer-preview-ru.png') });

      // The other office's PC is not a trusted one here: the officer imports its bundle this once.
      await preview.getByRole('radio', { name: 'Импортировать один раз' }).check();
      // Notices may cover the button's corner; the click is the officer's all the same.
      await preview.getByRole('button', { name: 'Импортировать' }).dispatchEvent('click');
      await page.getByText(/Импортировано:/).waitFor();
      // Newer won: our later edit of the visit stayed, the bundle's newer rank came in, the missing task came back.
      expect(app.db.prepare('SELECT city_en FROM visits WHERE uuid = ?').get(VISIT.uzbekistan2025)).toEqual({ city_en: 'Baku and Ganja' });
      expect(app.db.prepare(heads).all(VISIT.uzbekistan2025)).toEqual(headRanks);
      expect(app.db.prepare(tasksOfVisit).get(VISIT.uzbekistan2025)).toEqual(tasksBefore);
      expect(app.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'import'").get()).toEqual({ n: 1 });
    } finally {
      await app.close();
    }
  });
});
