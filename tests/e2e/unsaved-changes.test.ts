// A form with typed, unsaved work asks before Escape, the close button or Cancel throw it away;
// an untouched form closes at once. In Russian, as the officer works.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from './app-calls';
import { dialogSettled, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ route: '#/people' });
  page = app.page;
  page.setDefaultTimeout(15_000);
  await page.evaluate(() => window.api.invoke('settings:save', { language: 'ru' }));
  await page.reload();
});
afterAll(async () => {
  await app?.close();
});

const personForm = () => page.getByRole('dialog').getByRole('form', { name: 'Персоналия' });
const asked = () => page.getByRole('dialog', { name: 'Отменить изменения?' });

describe('closing a form with unsaved changes', () => {
  it('asks on Escape, keeps the typing when the officer goes back, and discards it when told to', async () => {
    await page.getByTestId('person-new').click();
    await page.getByTestId('person-surname-ru').fill('Мамедов');
    // From a plain field: in the name field, Escape first closes its spelling suggestions.
    await page.getByLabel('Звание на русском').fill('полковник');
    await page.keyboard.press('Escape');
    await asked().waitFor();
    await dialogSettled(page);
    await app.screenshot('unsaved-changes-ru');
    await asked().getByRole('button', { name: 'Продолжить редактирование' }).click();
    await asked().waitFor({ state: 'detached' });
    expect(await page.getByTestId('person-surname-ru').inputValue()).toBe('Мамедов');

    await page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();
    await page.getByTestId('discard-changes').click();
    await personForm().waitFor({ state: 'detached' });
    expect(app.db.prepare("SELECT count(*) FROM people WHERE name_ru = 'Эльдар Мамедов'").pluck().get()).toBe(0);
  });

  it('closes an untouched form at once', async () => {
    await page.getByTestId('person-new').click();
    await personForm().waitFor();
    await page.keyboard.press('Escape');
    await personForm().waitFor({ state: 'detached' });
    expect(await asked().count()).toBe(0);
  });

  it('asks before an agreement activity typed but not saved is thrown away', async () => {
    await invoke(page, 'demo:load', {});
    const [agreement] = (await invoke(page, 'agreements:list', {})).rows;
    await page.goto(`${app.origin}/index.html#/agreements/${agreement?.id ?? 0}`);
    await page.getByRole('tab', { name: /^Мероприятия/ }).click();
    await page.getByRole('button', { name: 'Добавить мероприятие' }).click();
    const activity = page.getByRole('dialog', { name: 'Добавить мероприятие' });
    await activity.getByLabel('Название на русском').fill('Совместные учения');
    await page.keyboard.press('Escape');
    await asked().waitFor();
    await asked().getByRole('button', { name: 'Продолжить редактирование' }).click();
    await asked().waitFor({ state: 'detached' });
    expect(await activity.getByLabel('Название на русском').inputValue()).toBe('Совместные учения');
    await activity.getByRole('button', { name: 'Отмена' }).click();
    await page.getByTestId('discard-changes').click();
    await activity.waitFor({ state: 'detached' });
    expect(app.db.prepare("SELECT count(*) FROM agreement_activities WHERE title_ru = 'Совместные учения'").pluck().get()).toBe(0);
  });
});
