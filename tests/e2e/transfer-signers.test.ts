// Bundles signed by other PCs, in Settings → Transfer: an unknown PC's bundle waits for the
// officer's decision, with the fingerprint to confirm by phone; the office's trusted PCs are listed,
// removed and added from a key file; a long preview shows its progress and can be cancelled.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VISIT } from '../../electron/demo/keys';
import { fingerprint } from '../../db/transfer/signature';
import type { HandlerContext } from '../../electron/api/context';
import { call, openTestOffice } from '../api/test-context';
import { otherPc, recordsOf, trust } from '../hardening/bundle-maker';
import { ru } from '../../renderer/src/i18n/ru';
import { artifactsDir, launchApp, type LaunchedApp } from './harness';

/** The Uzbek visit of the demo office, as another office exports it. */
async function exportedVisit() {
  const source = openTestOffice();
  await call(source, 'demo:load', {});
  const { id } = source.db.prepare('SELECT id FROM visits WHERE uuid = ?').get(VISIT.uzbekistan2025) as { id: number };
  return recordsOf((await call(source, 'transfer:export', { visitIds: [id], agreementIds: [] })).content);
}

/** The app's own office, to arrange what the officer finds already there. */
const officeOf = (app: LaunchedApp): HandlerContext => ({ db: app.db, actor: 'n.aliyeva', now: () => new Date('2025-11-18T08:15:00Z'), dataDir: '' });

const rowCount = (app: LaunchedApp, table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/**
 * A picture of the transfer section alone. The window is made tall enough to hold it unscrolled,
 * so the app's fixed header doesn't land on top of it.
 */
async function shootTransferSection(app: LaunchedApp, name: string) {
  await app.page.setViewportSize({ width: 1440, height: 4000 });
  await app.page.getByTestId('transfer').screenshot({ path: join(artifactsDir, 'screenshots', `${name}.png`) });
  await app.page.setViewportSize({ width: 1440, height: 900 });
}

async function pickBundle(app: LaunchedApp, name: string, content: string) {
  await app.page.getByTestId('transfer-import').locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

describe('a bundle from a PC the office does not trust yet', () => {
  it('shows the PC and its fingerprint, imports only after the officer decides, and the trusted PC can then be removed; another PC is added from its key file', async () => {
    const pc = otherPc('MFA-UZ-TASHKENT-07');
    const content = pc.seal(await exportedVisit(), { exportedBy: 'r.mammadov' });
    const app = await launchApp({ route: '#/settings' });
    try {
      const { page } = app;
      await page.getByText('RU', { exact: true }).first().click();
      const trusted = page.getByTestId('trusted-pcs');
      await trusted.getByText('Доверенных компьютеров пока нет.').waitFor();

      await pickBundle(app, 'uzbekistan.pdbundle.json', content);
      const preview = page.getByTestId('transfer-preview');
      const signer = preview.getByTestId('transfer-signer');
      await signer.getByText('Этого компьютера нет среди доверенных компьютеров управления').waitFor();
      await expect(signer.getByText('MFA-UZ-TASHKENT-07').isVisible()).resolves.toBe(true);
      await expect(signer.getByTestId('signer-fingerprint').textContent()).resolves.toBe(fingerprint(pc.publicKey));
      const importButton = preview.getByRole('button', { name: 'Импортировать' });
      await expect(importButton.isDisabled()).resolves.toBe(true);
      await expect(preview.getByText('Чтобы импортировать, выберите один из двух вариантов выше.').isVisible()).resolves.toBe(true);
      // No choice is made for the officer.
      await expect(signer.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
      await shootTransferSection(app, 'transfer-unknown-signer-ru');

      await signer.getByRole('radio', { name: /Доверять этому компьютеру впредь/ }).check();
      await expect(importButton.isEnabled()).resolves.toBe(true);
      // Notices may cover the button's corner; the click is the officer's all the same.
      await importButton.dispatchEvent('click');
      await page.getByText(/Импортировано:/).waitFor();
      await expect(preview.count()).resolves.toBe(0);
      const row = trusted.getByTestId('trusted-pc').filter({ hasText: 'MFA-UZ-TASHKENT-07' });
      await row.waitFor();
      await expect(row.getByText(fingerprint(pc.publicKey)).isVisible()).resolves.toBe(true);
      await expect(row.getByText(/Добавлен .*, добавил e2e-officer/).isVisible()).resolves.toBe(true);
      const audit = app.db.prepare("SELECT details FROM audit_log WHERE action = 'import'").all() as { details: string }[];
      expect(audit.map((entry) => JSON.parse(entry.details).signer)).toEqual([
        { name: 'MFA-UZ-TASHKENT-07', fingerprint: fingerprint(pc.publicKey), trusted: false, decision: 'trust' },
      ]);

      // Its next bundle is a trusted PC's: named, and imported without the question.
      await pickBundle(app, 'uzbekistan.pdbundle.json', content);
      await signer.getByText('Подписан доверенным компьютером: MFA-UZ-TASHKENT-07').waitFor();
      await expect(signer.getByRole('radio').count()).resolves.toBe(0);
      await expect(importButton.isEnabled()).resolves.toBe(true);
      await signer.screenshot({ path: join(artifactsDir, 'screenshots', 'transfer-trusted-signer-ru.png') });

      // Removing asks first; cancelling keeps the PC.
      await row.getByRole('button', { name: 'Удалить' }).click();
      const dialog = page.getByRole('dialog', { name: 'Удалить этот компьютер из доверенных?' });
      await dialog.getByText(/снова потребуется явное решение/).waitFor();
      await dialog.getByRole('button', { name: 'Отмена' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(rowCount(app, 'trusted_signers')).toBe(1);
      await row.getByRole('button', { name: 'Удалить' }).click();
      await page.getByTestId('confirm-forget-pc').click();
      await page.getByText('Компьютер MFA-UZ-TASHKENT-07 больше не в числе доверенных.').waitFor();
      await trusted.getByText('Доверенных компьютеров пока нет.').waitFor();
      expect(rowCount(app, 'trusted_signers')).toBe(0);

      // The same bundle now asks again.
      await pickBundle(app, 'uzbekistan.pdbundle.json', content);
      await signer.getByText('Этого компьютера нет среди доверенных компьютеров управления').waitFor();

      // Another PC, from the key file saved on it.
      const samarkand = await call(openTestOffice(), 'transfer:identity', {});
      await trusted.locator('input[type=file]').setInputFiles({ name: samarkand.keyFile.fileName, mimeType: 'application/json', buffer: Buffer.from(samarkand.keyFile.content) });
      const added = trusted.getByTestId('trusted-pc').filter({ hasText: samarkand.fingerprint });
      await added.waitFor();
      await expect(added.getByText(samarkand.name, { exact: true }).isVisible()).resolves.toBe(true);
      await page.getByText(`Компьютер ${samarkand.name} теперь доверенный.`, { exact: false }).waitFor();
      // A file that is no key file is refused, and the list stays as it was.
      await trusted.locator('input[type=file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something else"}') });
      await page.getByRole('status').getByText(ru.errors.title).waitFor();
      await expect(trusted.getByTestId('trusted-pc').count()).resolves.toBe(1);

      // This PC's own key file, to carry to the other PCs.
      const ours = trusted.getByTestId('this-pc');
      const ourFingerprint = await ours.getByTestId('this-pc-fingerprint').textContent();
      const download = page.waitForEvent('download');
      await ours.getByRole('button', { name: 'Сохранить файл ключа этого компьютера' }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toMatch(/\.pdkey\.json$/);
      const keyFile = JSON.parse(readFileSync(await saved.path(), 'utf8')) as { format: string; publicKey: string };
      expect(keyFile.format).toBe('protocol-desk-transfer-key');
      expect(fingerprint(keyFile.publicKey)).toBe(ourFingerprint);
    } finally {
      await app.close();
    }
  });
});

describe('a long preview', () => {
  it('shows its step in words and how far it is, and a cancel leaves the office as it was', async () => {
    const pc = otherPc('MFA-UZ-TASHKENT-07');
    const visit = await exportedVisit();
    const [person] = visit.filter((record) => record.table === 'people');
    // The visit and 6,000 more people of its organisations: long enough to watch, and to cancel.
    const crowd = [
      ...visit,
      ...Array.from({ length: 6000 }, () => {
        const uuid = randomUUID();
        return { ...person!, uuid, row: { ...person!.row, uuid } };
      }),
    ];
    const app = await launchApp({ route: '#/settings' });
    try {
      const { page } = app;
      await page.getByText('RU', { exact: true }).first().click();
      await page.getByTestId('trusted-pcs').getByText('Доверенных компьютеров пока нет.').waitFor();
      const people = rowCount(app, 'people');
      await pickBundle(app, 'crowd.pdbundle.json', pc.seal(crowd));
      const progress = page.getByTestId('transfer-progress');
      await progress.getByText(/^(Чтение файла|Проверка записей|Запись|Проверка записанного)$/).waitFor();
      await progress.getByText(new RegExp(`^\\d+ из ${crowd.length}$`)).waitFor();
      await progress.screenshot({ path: join(artifactsDir, 'screenshots', 'transfer-progress-ru.png') });
      await progress.getByRole('button', { name: 'Отмена' }).click();
      await progress.waitFor({ state: 'hidden' });
      await expect(page.getByTestId('transfer-preview').count()).resolves.toBe(0);
      expect(rowCount(app, 'people')).toBe(people);
      expect(rowCount(app, 'trusted_signers')).toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe('in Azerbaijani', () => {
  it('the trusted PCs and an unknown signer’s preview read well (screenshots)', async () => {
    const unknown = otherPc('XİN-Gəncə-regional-nümayəndəlik-PC-12');
    const content = unknown.seal(await exportedVisit(), { exportedBy: 'l.huseynova' });
    const app = await launchApp({ route: '#/settings' });
    try {
      const office = officeOf(app);
      trust(office, otherPc('MFA-UZ-TASHKENT-07'));
      trust(office, otherPc('Azərbaycan Respublikası Xarici İşlər Nazirliyi — Protokol şöbəsi, ikinci mərtəbə, otaq 214'));
      const { page } = app;
      await page.reload();
      await page.getByText('AZ', { exact: true }).first().click();
      const trusted = page.getByTestId('trusted-pcs');
      await trusted.getByText('İdarənin etibar etdiyi kompüterlər').waitFor();
      await expect.poll(() => trusted.getByTestId('trusted-pc').count()).toBe(2);
      await trusted.getByTestId('this-pc-fingerprint').waitFor();
      await app.screenshot('transfer-settings-az');
      await shootTransferSection(app, 'transfer-trusted-pcs-az');

      await pickBundle(app, 'gence.pdbundle.json', content);
      const signer = page.getByTestId('transfer-signer');
      await signer.getByText('Bu kompüter idarənin etibarlı kompüterləri arasında deyil').waitFor();
      await expect(page.getByRole('button', { name: 'İdxal et' }).isDisabled()).resolves.toBe(true);
      await shootTransferSection(app, 'transfer-unknown-signer-az');
      await signer.getByRole('radio', { name: 'Bu dəfəlik idxal et' }).check();
      await expect(page.getByRole('button', { name: 'İdxal et' }).isEnabled()).resolves.toBe(true);
    } finally {
      await app.close();
    }
  });
});
