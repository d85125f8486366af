import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../domain/contract';
import { handlers } from '../../electron/api';
import { uzMes } from './office';
import { ACTOR, NOW, call, openTestOffice, refused, snapshot } from './test-context';

describe('settings', () => {
  it('starts in English and remembers the language an officer chooses', async () => {
    const ctx = openTestOffice();
    expect(await call(ctx, 'settings:get', {})).toMatchObject({ language: 'en', languageChosen: false });
    // An office that saved its language before the first start asked has answered the question.
    expect(await call(ctx, 'settings:save', { language: 'az' })).toMatchObject({ language: 'az', languageChosen: true });
    expect(await call(ctx, 'settings:get', {})).toMatchObject({ language: 'az' });
    expect(await call(ctx, 'settings:save', {})).toMatchObject({ language: 'az' });
    const audit = await call(ctx, 'audit:list', { entity: 'settings' });
    expect(audit.rows.map((entry) => entry.details)).toEqual([{ changed: [] }, { changed: ['language', 'languageChosen'] }]);
  });

  it('asks for a language only on a first start: an office that holds records has answered already', async () => {
    const ctx = openTestOffice();
    expect(await call(ctx, 'settings:get', {})).toMatchObject({ languageChosen: false });
    await call(ctx, 'organizations:save', uzMes());
    expect(await call(ctx, 'settings:get', {})).toMatchObject({ language: 'en', languageChosen: true });
  });

  it('refuses a language the office does not use', async () => {
    const ctx = openTestOffice();
    const before = snapshot(ctx);
    expect(await refused(ctx, 'settings:save', { language: 'de' })).toMatchObject({ code: 'validation' });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('falls back to the default when a stored value is not understood', async () => {
    const ctx = openTestOffice();
    ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('language', '\"tlh\"')").run();
    expect(await call(ctx, 'settings:get', {})).toMatchObject({ language: 'en' });
  });
});

describe('the audit log', () => {
  it('pages the log newest first, with who did what and when', async () => {
    const ctx = openTestOffice();
    const ministry = await call(ctx, 'organizations:save', uzMes());
    await call(ctx, 'organizations:save', { ...uzMes(), id: ministry.id, notes: { az: null, ru: null, en: 'Partner since 1995' } });
    await call(ctx, 'organizations:delete', { id: ministry.id });

    const page = await call(ctx, 'audit:list', { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows.map((entry) => entry.action)).toEqual(['delete', 'update']);
    expect(page.rows[0]).toMatchObject({ actor: ACTOR, at: NOW.toISOString(), entity: 'organization', entityUuid: ministry.uuid });
    expect((await call(ctx, 'audit:list', { offset: 2 })).rows.map((entry) => entry.action)).toEqual(['create']);
    expect((await call(ctx, 'audit:list', { entity: 'organization', action: 'update' })).total).toBe(1);
  });
});

describe('the dispatcher', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses an unknown channel and unknown fields', async () => {
    const ctx = openTestOffice();
    expect(await refused(ctx, 'visits:drop', {})).toMatchObject({ messageKey: 'validation.unknownChannel' });
    expect(await refused(ctx, 'organizations:list', { orderBy: 'name; DROP TABLE visits' })).toMatchObject({ code: 'validation' });
    expect(await refused(ctx, 'organizations:list', { sort: { column: 'name_en', direction: 'asc' } })).toMatchObject({ code: 'validation' });
  });
});
