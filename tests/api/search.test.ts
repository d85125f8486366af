import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import type { SearchHit } from '../../domain/contract';
import { call, openTestOffice } from './test-context';
import { emercom, heydarov, jointActionPlan, kudratkhodjaev, uzbekVisit, uzMes, wreathLaying } from './office';

const none = { az: null, ru: null, en: null };

/** Every hit of a search, whatever its group. */
async function hits(ctx: HandlerContext, text: string): Promise<SearchHit[]> {
  const { groups } = await call(ctx, 'search:global', { text });
  return groups.flatMap((group) => group.hits);
}

/** The Russian titles of the hits of one kind. */
async function titles(ctx: HandlerContext, text: string, kind: SearchHit['kind'] = 'person'): Promise<(string | null)[]> {
  return (await hits(ctx, text)).filter((hit) => hit.kind === kind).map((hit) => hit.title.ru);
}

/** Two people written in Russian only, so every other script must be matched through the keys. */
async function russianOnlyMinisters(ctx: HandlerContext) {
  const heydar = await call(ctx, 'people:save', { ...heydarov(null), name: { ...none, ru: 'Кямаледдин Гейдаров' } });
  const botir = await call(ctx, 'people:save', { ...kudratkhodjaev(null), name: { ...none, ru: 'Ботир Кудратходжаев' } });
  return { heydar, botir };
}

describe('global search across scripts', () => {
  it('finds «Гейдаров» from "heydarov", "Heydərov" and "гейд", and highlights the surname', async () => {
    const ctx = openTestOffice();
    await russianOnlyMinisters(ctx);
    for (const typed of ['heydarov', 'Heydərov', 'гейд', 'Kamaladdin Heydarov']) {
      expect(await titles(ctx, typed), typed).toEqual(['Кямаледдин Гейдаров']);
    }
    const [hit] = await hits(ctx, 'heydarov');
    const [start, end] = hit?.highlights.ru[0] ?? [0, 0];
    expect('Кямаледдин Гейдаров'.slice(start, end)).toBe('Гейдаров');
    expect(hit?.highlights.ru).toHaveLength(1);
  });

  it('meets ё and е, х and h, and the Uzbek Latin spellings, and the people list filters the same way', async () => {
    const ctx = openTestOffice();
    await russianOnlyMinisters(ctx);
    await call(ctx, 'people:save', { ...heydarov(null), name: { ...none, ru: 'Семён Ёлкин' } });
    await call(ctx, 'people:save', { ...heydarov(null), name: { ...none, ru: 'Эльдар Хасанов' } });
    const cases: [string, string][] = [
      ['Семен Елкин', 'Семён Ёлкин'], ['Ёлкин', 'Семён Ёлкин'],
      ['Həsənov', 'Эльдар Хасанов'], ['Гасанов', 'Эльдар Хасанов'], ['Hasanov', 'Эльдар Хасанов'],
      ['Qudratxoʻjayev', 'Ботир Кудратходжаев'], ["Qudratxo'jayev", 'Ботир Кудратходжаев'], ['Хейдаров', 'Кямаледдин Гейдаров'],
    ];
    for (const [typed, found] of cases) {
      expect(await titles(ctx, typed), typed).toEqual([found]);
      const listed = await call(ctx, 'people:list', { search: typed });
      expect(listed.rows.map((person) => person.name.ru), `people:list ${typed}`).toEqual([found]);
    }
  });

  it('finds «Кудратходжаев» from "Kudratkhodjaev" and the Azerbaijani "Kudratxocayev"', async () => {
    const ctx = openTestOffice();
    await russianOnlyMinisters(ctx);
    expect(await titles(ctx, 'Kudratkhodjaev')).toEqual(['Ботир Кудратходжаев']);
    expect(await titles(ctx, 'Kudratxocayev')).toEqual(['Ботир Кудратходжаев']);
  });

  it('finds nothing for nonsense, and nothing for punctuation alone', async () => {
    const ctx = openTestOffice();
    await russianOnlyMinisters(ctx);
    expect(await hits(ctx, 'qwzxv')).toEqual([]);
    expect(await hits(ctx, 'heydarov qwzxv')).toEqual([]);
    expect(await hits(ctx, ' — ')).toEqual([]);
  });

  it('follows edits and deletes at once', async () => {
    const ctx = openTestOffice();
    const { heydar } = await russianOnlyMinisters(ctx);
    await call(ctx, 'people:save', { ...heydarov(null), id: heydar.id, name: { ...none, ru: 'Кямаледдин Мамедов' } });
    expect(await titles(ctx, 'heydarov')).toEqual([]);
    expect(await titles(ctx, 'Məmmədov')).toEqual(['Кямаледдин Мамедов']);

    await call(ctx, 'people:delete', { id: heydar.id });
    expect(await titles(ctx, 'Məmmədov')).toEqual([]);
    expect(await titles(ctx, 'Kudratkhodjaev')).toEqual(['Ботир Кудратходжаев']);
  });

  it('covers organisations, visits, programme events and agreements, grouped by kind', async () => {
    const ctx = openTestOffice();
    const partner = await call(ctx, 'organizations:save', uzMes());
    await call(ctx, 'organizations:save', emercom());
    const visit = await call(ctx, 'visits:save', uzbekVisit(partner.id));
    const event = await call(ctx, 'events:save', wreathLaying(visit.id, null, []));
    await call(ctx, 'agreements:save', jointActionPlan([partner.id]));

    const { groups } = await call(ctx, 'search:global', { text: 'Узбекистан' });
    expect(groups.map((group) => group.kind).sort()).toEqual(['organization', 'visit']);

    const [wreath] = await hits(ctx, 'vozlozhenie');
    expect(wreath).toMatchObject({ kind: 'event', id: event.id, owner: { kind: 'visit', id: visit.id } });
    expect(await titles(ctx, 'plan sovmest', 'agreement')).toEqual(['План совместных действий на 2026-2027 годы']);
    expect(await titles(ctx, 'EMERCOM', 'organization')).toHaveLength(1);
  });

  it('ranks a whole-word hit above a word that merely begins the same', async () => {
    const ctx = openTestOffice();
    await call(ctx, 'people:save', { ...heydarov(null), name: { ...none, ru: 'Алиева Наргиз' } });
    await call(ctx, 'people:save', { ...heydarov(null), name: { ...none, ru: 'Али Гасанов' } });
    expect(await titles(ctx, 'Ali')).toEqual(['Али Гасанов', 'Алиева Наргиз']);
  });
});

describe('list filters use the same keys', () => {
  it('people search "heydarov" finds «Гейдаров», and an organisation finds its people', async () => {
    const ctx = openTestOffice();
    const partner = await call(ctx, 'organizations:save', uzMes());
    await russianOnlyMinisters(ctx);
    await call(ctx, 'people:save', { ...kudratkhodjaev(partner.id), name: { ...none, en: 'Botir Tashkentov' } });
    const byName = await call(ctx, 'people:list', { search: 'heydarov' });
    expect(byName.rows.map((row) => row.name.ru)).toEqual(['Кямаледдин Гейдаров']);
    expect(byName.total).toBe(1);
    const byOrganization = await call(ctx, 'people:list', { search: 'Uzbekistan' });
    expect(byOrganization.rows.map((row) => row.name.en)).toEqual(['Botir Tashkentov']);
  });

  it('visits search finds a visit by a member of the delegation', async () => {
    const ctx = openTestOffice();
    const partner = await call(ctx, 'organizations:save', uzMes());
    const { botir } = await russianOnlyMinisters(ctx);
    const visit = await call(ctx, 'visits:save', uzbekVisit(partner.id));
    await call(ctx, 'visits:save', { ...uzbekVisit(partner.id), title: { ...none, en: 'Another visit' } });
    await call(ctx, 'visitMembers:save', { visitId: visit.id, personId: botir.id, side: 'guest', role: 'head' });
    const found = await call(ctx, 'visits:list', { search: 'Kudratkhodjaev' });
    expect(found.rows.map((row) => row.id)).toEqual([visit.id]);
  });
});
