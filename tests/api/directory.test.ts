import { describe, expect, it } from 'vitest';
import { alleyOfHonours, azMes, emercom, heydarov, kudratkhodjaev, uzbekOffice, uzMes } from './office';
import { ACTOR, NOW, call, openTestOffice, refused, snapshot } from './test-context';

describe('organisations', () => {
  it('an officer records the Uzbek ministry and finds it again by its Russian name, in any case', async () => {
    const ctx = openTestOffice();
    const created = await call(ctx, 'organizations:save', uzMes());
    expect(created).toMatchObject({ country: 'UZ', isOurs: false, parentName: null, createdAt: NOW.toISOString() });
    expect(await call(ctx, 'organizations:get', { id: created.id })).toEqual(created);

    const page = await call(ctx, 'organizations:list', { search: 'узбекистан' });
    expect(page.total).toBe(1);
    expect(page.rows[0]?.id).toBe(created.id);
  });

  it('pages and sorts the directory by the reader’s language', async () => {
    const ctx = openTestOffice();
    await call(ctx, 'organizations:save', azMes());
    await call(ctx, 'organizations:save', uzMes());
    await call(ctx, 'organizations:save', emercom());

    const byEnglish = await call(ctx, 'organizations:list', { sort: { column: 'name', direction: 'asc' }, lang: 'en' });
    expect(byEnglish.rows.map((o) => o.country)).toEqual(['RU', 'AZ', 'UZ']);
    const byCountry = await call(ctx, 'organizations:list', { sort: { column: 'country', direction: 'desc' }, limit: 2, offset: 1 });
    expect(byCountry).toMatchObject({ total: 3 });
    expect(byCountry.rows.map((o) => o.country)).toEqual(['RU', 'AZ']);
  });

  it('a search for a percent sign matches only names that contain one', async () => {
    const ctx = openTestOffice();
    await call(ctx, 'organizations:save', uzMes());
    expect((await call(ctx, 'organizations:list', { search: '%' })).total).toBe(0);
  });

  it('an edit names the changed fields in the audit log', async () => {
    const ctx = openTestOffice();
    const created = await call(ctx, 'organizations:save', uzMes());
    await call(ctx, 'organizations:save', { ...uzMes(), id: created.id, notes: { az: null, ru: null, en: 'Hosts the 2026 exercise' } });
    const audit = await call(ctx, 'audit:list', { entityUuid: created.uuid });
    expect(audit.rows.map((entry) => [entry.action, entry.actor, entry.details])).toEqual([
      ['update', ACTOR, { changed: ['notes'] }],
      ['create', ACTOR, {}],
    ]);
  });

  it('refuses an unknown parent organisation and writes nothing', async () => {
    const ctx = openTestOffice();
    const before = snapshot(ctx);
    const error = await refused(ctx, 'organizations:save', { ...uzMes(), parentId: 42 });
    expect(error).toMatchObject({ code: 'validation', issues: [{ path: ['parentId'], messageKey: 'validation.unknownReference' }] });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses an organisation that would become its own ancestor', async () => {
    const ctx = openTestOffice();
    const ministry = await call(ctx, 'organizations:save', azMes());
    const department = await call(ctx, 'organizations:save', { ...azMes(), name: { az: null, ru: null, en: 'Crisis Management Centre' }, parentId: ministry.id });
    expect(department.parentName?.en).toBe(azMes().name.en);
    const before = snapshot(ctx);
    const renamedIntoACycle = { ...azMes(), id: ministry.id, name: { ...azMes().name, en: 'Renamed on the way' }, parentId: department.id };
    const error = await refused(ctx, 'organizations:save', renamedIntoACycle);
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'conflict.organizationCycle' });
    // Rows, not counts: a refused edit that still renamed the row would keep every count.
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses a name in no language and a lowercase country code', async () => {
    const ctx = openTestOffice();
    const error = await refused(ctx, 'organizations:save', { ...uzMes(), country: 'uz', name: { az: ' ', ru: null, en: '' } });
    expect(error.code).toBe('validation');
    expect(error.issues?.map((issue) => issue.path[0]).sort()).toEqual(['country', 'name']);
  });

  it('refuses to delete a partner that still has a visit, and deletes one that has none', async () => {
    const ctx = openTestOffice();
    const { partner } = await uzbekOffice(ctx);
    const before = snapshot(ctx);
    expect(await refused(ctx, 'organizations:delete', { id: partner.id })).toMatchObject({ code: 'conflict', messageKey: 'conflict.referenced' });
    expect(snapshot(ctx)).toEqual(before);

    const russia = await call(ctx, 'organizations:save', emercom());
    expect(await call(ctx, 'organizations:delete', { id: russia.id })).toEqual({ deleted: true });
    expect(await refused(ctx, 'organizations:get', { id: russia.id })).toMatchObject({ code: 'not_found' });
    expect((await call(ctx, 'audit:list', { action: 'delete' })).rows[0]).toMatchObject({ entity: 'organization', entityUuid: russia.uuid });
  });

  it('answers NotFound for an organisation that does not exist', async () => {
    const ctx = openTestOffice();
    expect(await refused(ctx, 'organizations:get', { id: 7 })).toMatchObject({ code: 'not_found', params: { entity: 'organization', id: 7 } });
    expect(await refused(ctx, 'organizations:save', { ...uzMes(), id: 7 })).toMatchObject({ code: 'not_found' });
    expect(await refused(ctx, 'organizations:delete', { id: 7 })).toMatchObject({ code: 'not_found' });
  });
});

describe('people', () => {
  it('finds Kudratkhodjaev by his Russian surname in lower case, with his ministry’s name', async () => {
    const ctx = openTestOffice();
    const uz = await call(ctx, 'organizations:save', uzMes());
    const az = await call(ctx, 'organizations:save', azMes());
    await call(ctx, 'people:save', heydarov(az.id));
    const guest = await call(ctx, 'people:save', kudratkhodjaev(uz.id));
    expect(guest).toMatchObject({ languages: ['uz', 'ru'], interpreterNeeded: true, hasPhoto: false });

    const page = await call(ctx, 'people:list', { search: 'кудратходжаев' });
    expect(page.rows.map((p) => p.id)).toEqual([guest.id]);
    expect(page.rows[0]?.organizationName?.en).toBe(uzMes().name.en);
    expect((await call(ctx, 'people:list', { organizationId: az.id })).rows.map((p) => p.name.en)).toEqual(['Kamaladdin Heydarov']);
    const byOrganization = await call(ctx, 'people:list', { sort: { column: 'organization', direction: 'desc' }, lang: 'en' });
    expect(byOrganization.rows.map((p) => p.name.en)).toEqual(['Botir Kudratkhodjaev', 'Kamaladdin Heydarov']);
  });

  it('updates a person’s precedence and refuses an unknown organisation', async () => {
    const ctx = openTestOffice();
    const person = await call(ctx, 'people:save', heydarov(null));
    const updated = await call(ctx, 'people:save', { ...heydarov(null), id: person.id, precedence: 2 });
    expect(updated).toMatchObject({ precedence: 2, uuid: person.uuid });
    const before = snapshot(ctx);
    expect(await refused(ctx, 'people:save', heydarov(99))).toMatchObject({ issues: [{ path: ['organizationId'] }] });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses to delete the head of a delegation', async () => {
    const ctx = openTestOffice();
    const { guest, visit } = await uzbekOffice(ctx);
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: guest.id, side: 'guest', role: 'head' });
    expect(await refused(ctx, 'people:delete', { id: guest.id })).toMatchObject({ code: 'conflict', messageKey: 'conflict.referenced' });
  });
});

describe('venues', () => {
  it('records the Alley of Honours, lists it by city, renames it and deletes it', async () => {
    const ctx = openTestOffice();
    const venue = await call(ctx, 'venues:save', alleyOfHonours());
    expect((await call(ctx, 'venues:list', { search: 'honours', sort: { column: 'city', direction: 'asc' } })).rows).toEqual([venue]);
    const renamed = await call(ctx, 'venues:save', { ...alleyOfHonours(), id: venue.id, name: { ...alleyOfHonours().name, az: 'Fəxri Xiyaban' } });
    expect(renamed.name.az).toBe('Fəxri Xiyaban');
    expect(await call(ctx, 'venues:get', { id: venue.id })).toEqual(renamed);
    await call(ctx, 'venues:delete', { id: venue.id });
    expect((await call(ctx, 'venues:list', {})).total).toBe(0);
  });
});
