// The directory's forms over the real handlers: photos, the duplicate warning in any script,
// and the names offered in the other scripts.
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from '../../domain/contract';
import { azMes, emercom, heydarov, kurenkov, uzMes } from './office';
import { call, openTestOffice, refused, snapshot } from './test-context';

/** Bytes that start like every JPEG; the handler checks no more than that. */
const jpeg = (size: number) => {
  const bytes = Buffer.alloc(size, 0x42);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
};
const photoRows = (ctx: ReturnType<typeof openTestOffice>) =>
  ctx.db.prepare('SELECT count(*) AS n FROM people WHERE photo IS NOT NULL').get() as { n: number };

describe('a person’s photo', () => {
  it('is kept with the person, served back as an image, kept on edits and removed on request', async () => {
    const ctx = openTestOffice();
    const bytes = jpeg(2048);
    const saved = await call(ctx, 'people:save', { ...kurenkov(null), photo: bytes.toString('base64') });
    expect(saved.hasPhoto).toBe(true);
    const { photo } = await call(ctx, 'people:photo', { id: saved.id });
    expect(photo).toBe(`data:image/jpeg;base64,${bytes.toString('base64')}`);

    const renamed = await call(ctx, 'people:save', { ...kurenkov(null), id: saved.id, precedence: 2 });
    expect(renamed.hasPhoto).toBe(true);
    const removed = await call(ctx, 'people:save', { ...kurenkov(null), id: saved.id, photo: null });
    expect(removed.hasPhoto).toBe(false);
    expect(await call(ctx, 'people:photo', { id: saved.id })).toEqual({ photo: null });
  });

  it('comes back with the person when a deletion is undone from the trash', async () => {
    const ctx = openTestOffice();
    const bytes = jpeg(4096);
    const saved = await call(ctx, 'people:save', { ...kurenkov(null), photo: bytes.toString('base64') });
    const { trashId } = await call(ctx, 'people:delete', { id: saved.id });
    await call(ctx, 'trash:restore', { id: trashId! });
    const { photo } = await call(ctx, 'people:photo', { id: saved.id });
    expect(photo).toBe(`data:image/jpeg;base64,${bytes.toString('base64')}`);
  });

  it('refuses a photo over the limit or that is not a JPEG, and changes nothing', async () => {
    const ctx = openTestOffice();
    const person = await call(ctx, 'people:save', kurenkov(null));
    const before = snapshot(ctx);

    const tooLarge = await refused(ctx, 'people:save', { ...kurenkov(null), id: person.id, photo: jpeg(MAX_PHOTO_BYTES + 3).toString('base64') });
    expect(tooLarge.issues).toEqual([expect.objectContaining({ path: ['photo'], messageKey: 'validation.photoTooLarge' })]);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const notJpeg = await refused(ctx, 'people:save', { ...kurenkov(null), photo: png });
    expect(notJpeg).toMatchObject({ code: 'validation', messageKey: 'validation.photoNotJpeg' });
    const garbled = await refused(ctx, 'people:save', { ...kurenkov(null), photo: 'not base64!' });
    expect(garbled.code).toBe('validation');

    expect(snapshot(ctx)).toEqual(before);
    expect(photoRows(ctx).n).toBe(0);
  });

  it('is capped by the schema too, whatever writes it', () => {
    const ctx = openTestOffice();
    const insert = (photo: Buffer) =>
      ctx.db
        .prepare(`INSERT INTO people (uuid, name_en, photo, created_at, updated_at) VALUES (?, 'X', ?, 'now', 'now')`)
        .run(crypto.randomUUID(), photo);
    expect(() => insert(jpeg(MAX_PHOTO_BYTES + 1))).toThrow(/CHECK/);
    expect(() => insert(jpeg(MAX_PHOTO_BYTES))).not.toThrow();
  });

  it('is not found for a person who does not exist', async () => {
    const ctx = openTestOffice();
    expect(await refused(ctx, 'people:photo', { id: 999 })).toMatchObject({ code: 'not_found' });
  });
});

describe('the duplicate warning', () => {
  const names = (name: Partial<Record<'az' | 'ru' | 'en', string>>) => ({ az: null, ru: null, en: null, ...name });

  it('finds «Гейдаров Кямаледдин» when "Heydarov Kamaladdin" is typed, in any order and script', async () => {
    const ctx = openTestOffice();
    const minister = await call(ctx, 'people:save', { ...heydarov(null), name: names({ ru: 'Гейдаров Кямаледдин' }) });
    await call(ctx, 'people:save', kurenkov(null));
    for (const typed of [{ en: 'Heydarov Kamaladdin' }, { en: 'Kamaladdin Heydarov' }, { az: 'Kəmaləddin Heydərov Abbas oğlu' }]) {
      const similar = await call(ctx, 'people:similar', { name: names(typed) });
      expect(similar.map((person) => person.id), JSON.stringify(typed)).toEqual([minister.id]);
    }
  });

  it('does not flag different people who share a first name or a surname', async () => {
    const ctx = openTestOffice();
    const minister = await call(ctx, 'people:save', heydarov(null));
    await call(ctx, 'people:save', kurenkov(null));
    for (const typed of [{ en: 'Kamaladdin Aliyev' }, { ru: 'Гейдаров' }, { en: 'Alexander Ivanov' }, { az: '' }]) {
      expect(await call(ctx, 'people:similar', { name: names(typed) }), JSON.stringify(typed)).toEqual([]);
    }
    // Editing a person does not warn about the person themself.
    expect(await call(ctx, 'people:similar', { name: minister.name, excludeId: minister.id })).toEqual([]);
  });

  it('keys people written without keys (a restore, an older file) on the next check', async () => {
    const ctx = openTestOffice();
    const minister = await call(ctx, 'people:save', heydarov(null));
    ctx.db.prepare('DELETE FROM person_name_words').run();
    const similar = await call(ctx, 'people:similar', { name: names({ en: 'Heydarov Kamaladdin' }) });
    expect(similar.map((person) => person.id)).toEqual([minister.id]);
  });

  it('keeps the keys in step with renames', async () => {
    const ctx = openTestOffice();
    const person = await call(ctx, 'people:save', heydarov(null));
    await call(ctx, 'people:save', { ...kurenkov(null), id: person.id });
    expect(await call(ctx, 'people:similar', { name: names({ en: 'Kamaladdin Heydarov' }) })).toEqual([]);
    expect(await call(ctx, 'people:similar', { name: names({ ru: 'Куренков Александр' }) })).toHaveLength(1);
  });

  it('finds an organisation by its Russian short name typed as a name, and tells sister ministries apart', async () => {
    const ctx = openTestOffice();
    const russian = await call(ctx, 'organizations:save', emercom());
    await call(ctx, 'organizations:save', azMes());
    const typed = { name: names({ ru: 'МЧС России' }), shortName: names({}) };
    expect((await call(ctx, 'organizations:similar', typed)).map((found) => found.id)).toEqual([russian.id]);
    const namesOf = ({ name, shortName }: ReturnType<typeof uzMes>) => ({ name, shortName });
    expect(await call(ctx, 'organizations:similar', namesOf(uzMes()))).toEqual([]);
    expect(await call(ctx, 'organizations:similar', { ...namesOf(emercom()), excludeId: russian.id })).toEqual([]);
  });

  it('flags no one in the demo office as a duplicate of another', async () => {
    const ctx = openTestOffice();
    await call(ctx, 'demo:load', {});
    const people = await call(ctx, 'people:list', { limit: 500 });
    for (const person of people.rows) {
      expect(await call(ctx, 'people:similar', { name: person.name, excludeId: person.id }), person.name.en ?? '').toEqual([]);
    }
    const organizations = await call(ctx, 'organizations:list', { limit: 500 });
    for (const found of organizations.rows) {
      const query = { name: found.name, shortName: found.shortName, excludeId: found.id };
      expect(await call(ctx, 'organizations:similar', query), found.name.en ?? '').toEqual([]);
    }
  });
});

describe('names in the other scripts', () => {
  it('offers the spellings of what is typed, labelled by convention', async () => {
    const ctx = openTestOffice();
    expect(await call(ctx, 'names:transliterate', { text: 'Кямаледдин Гейдаров', from: 'ru' })).toEqual({
      az: [{ text: 'Kəmaləddin Heydərov', conventions: ['usual'] }],
      ru: [],
      en: [
        { text: 'Kamaladdin Heydarov', conventions: ['usual'] },
        { text: 'Kiamaleddin Geidarov', conventions: ['russianPassport'] },
        { text: 'Kyamaleddin Geydarov', conventions: ['russianCommon', 'uzbekLatin'] },
      ],
    });
    expect(await refused(ctx, 'names:transliterate', { text: 'x'.repeat(301), from: 'ru' })).toMatchObject({ code: 'validation' });
    expect(await refused(ctx, 'names:transliterate', { text: 'x', from: 'de' })).toMatchObject({ code: 'validation' });
  });
});
