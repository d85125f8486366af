// People in the directory, surname first where the column says so: an EMERCOM officer entered
// with his отчество, listed «Куренков, Александр Вячеславович» and sorted by surname, then given
// name, in each language's alphabet; the running form and the briefing pack read the same parts.
import { describe, expect, it } from 'vitest';
import type { ChannelInput, Language, LocalizedText } from '../../domain/contract';
import { call, openTestOffice } from './test-context';
import { heydarov, kurenkov, uzbekOffice } from './office';

const none = { az: null, ru: null, en: null };
const inParts = (surname: LocalizedText, givenName: LocalizedText, patronymic: LocalizedText = none) => ({ surname, givenName, patronymic });

const withName = (name: ChannelInput<'people:save'>['name'], precedence = 10): ChannelInput<'people:save'> => ({
  ...heydarov(null),
  name,
  precedence,
});

describe('a person’s name in parts', () => {
  it('keeps surname, given name and patronymic per language, and composes the running and listed forms', async () => {
    const ctx = openTestOffice();
    const saved = await call(
      ctx,
      'people:save',
      withName(
        inParts(
          { az: 'Kurenkov', ru: 'Куренков', en: 'Kurenkov' },
          { az: 'Aleksandr', ru: 'Александр', en: 'Alexander' },
          { az: 'Vyaçeslavoviç', ru: 'Вячеславович', en: null },
        ),
      ),
    );
    expect(saved.name).toEqual({ az: 'Aleksandr Vyaçeslavoviç Kurenkov', ru: 'Александр Вячеславович Куренков', en: 'Alexander Kurenkov' });
    expect(saved.listedName).toEqual({
      az: 'Kurenkov, Aleksandr Vyaçeslavoviç',
      ru: 'Куренков, Александр Вячеславович',
      en: 'Kurenkov, Alexander',
    });
    expect(await call(ctx, 'people:get', { id: saved.id })).toEqual(saved);
    // Found by the running form, in any script, as before.
    const found = await call(ctx, 'people:list', { search: 'Вячеславович', lang: 'ru' });
    expect(found.rows.map((row) => row.id)).toEqual([saved.id]);
  });

  it('splits a name given whole, as the stored names were split', async () => {
    const ctx = openTestOffice();
    const saved = await call(ctx, 'people:save', withName({ az: 'Kəmaləddin Fərrux oğlu Heydərov', ru: 'Кямаледдин Гейдаров', en: null }));
    expect(saved.nameParts).toEqual(
      inParts({ az: 'Heydərov', ru: 'Гейдаров', en: null }, { az: 'Kəmaləddin', ru: 'Кямаледдин', en: null }, { az: 'Fərrux oğlu', ru: null, en: null }),
    );
    expect(saved.listedName.az).toBe('Heydərov, Kəmaləddin Fərrux oğlu');
  });

  it('refuses a name with neither a surname nor a given name, at the surname', async () => {
    const ctx = openTestOffice();
    const refused = await call(ctx, 'people:save', withName(inParts(none, none, { ...none, ru: 'Петрович' }))).catch((error: unknown) => error);
    expect(String(refused)).toContain('"path":["name","surname"]');
  });
});

describe('the directory sorted surname first', () => {
  const order = async (lang: Language) => {
    const ctx = openTestOffice();
    const names: Array<[string, string, string]> = [
      ['Əliyev', 'Zaur', 'Алиев'],
      ['Eldarov', 'Anar', 'Эльдаров'],
      ['Ali', 'Zaur', 'Али'],
      ['Ёлкин', 'Семён', 'Ёлкин'],
      ['Елисеев', 'Пётр', 'Елисеев'],
      ['Aliyev', 'Anar', 'Алиев'],
    ];
    for (const [index, [surname, givenName, surnameRu]] of names.entries()) {
      const latin = /[a-zəöüşçğı]/iu.test(surname);
      await call(
        ctx,
        'people:save',
        withName(inParts({ az: latin ? surname : null, ru: surnameRu, en: null }, { az: latin ? givenName : null, ru: givenName, en: null }), index + 1),
      );
    }
    const page = await call(ctx, 'people:list', { sort: { column: 'name', direction: 'asc' }, lang });
    return page.rows.map((row) => row.listedName[lang] ?? row.listedName.ru);
  };

  it('in Azerbaijani: Ali before Aliyev, E before Ə, by surname and then given name', async () => {
    expect(await order('az')).toEqual(['Ali, Zaur', 'Aliyev, Anar', 'Eldarov, Anar', 'Əliyev, Zaur', 'Елисеев, Пётр', 'Ёлкин, Семён']);
  });

  it('in Russian: ё with е, and one surname ordered by the given names', async () => {
    expect(await order('ru')).toEqual(['Али, Zaur', 'Алиев, Anar', 'Алиев, Zaur', 'Елисеев, Пётр', 'Ёлкин, Семён', 'Эльдаров, Anar']);
  });

  it('gives the briefing pack the full name with the patronymic, and the lists surname first', async () => {
    const ctx = openTestOffice();
    const { partner, visit } = await uzbekOffice(ctx);
    const name = inParts({ ...none, ru: 'Куренков' }, { ...none, ru: 'Александр' }, { ...none, ru: 'Вячеславович' });
    const deputy = await call(ctx, 'people:save', { ...kurenkov(partner.id), name, precedence: 2 });
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: deputy.id, side: 'guest', role: 'deputy' });
    const pack = await call(ctx, 'briefing:get', { visitId: visit.id });
    const printed = pack.delegation.find((person) => person.personId === deputy.id);
    expect(printed?.name.ru).toBe('Александр Вячеславович Куренков');
    expect(printed?.listedName.ru).toBe('Куренков, Александр Вячеславович');
    const { members } = await call(ctx, 'visits:get', { id: visit.id });
    expect(members.find((member) => member.personId === deputy.id)?.listedName.ru).toBe('Куренков, Александр Вячеславович');
  });
});
