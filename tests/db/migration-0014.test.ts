// Migration 0014 splits every stored name into surname, given name(s) and patronymic, keeps the
// running form as it was, and sorts the directory surname first on an index.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../db/migrations';
import { peopleSortKey } from '../../db/names/person-name-columns';
import { openDatabase } from '../../db/open';
import { searchRecords } from '../../db/search.repo';

const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-0014-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2025-11-20T09:30:00Z';
// What offices hold before 0014: one string a language, given name first.
const STORED = [
  { az: 'Kəmaləddin Heydərov', ru: 'Кямаледдин Гейдаров', en: 'Kamaladdin Heydarov' },
  { az: 'Aleksandr Vyaçeslavoviç Kurenkov', ru: 'Александр Вячеславович Куренков', en: 'Alexander Kurenkov' },
  { az: 'Leyla Mahir qızı Əliyeva', ru: null, en: 'Leyla  Aliyeva' },
  { az: null, ru: 'Шойгу', en: null },
];

const PEOPLE = `SELECT name_az, name_ru, name_en, surname_az, surname_ru, surname_en, given_name_az, given_name_ru, given_name_en,
  patronymic_az, patronymic_ru, patronymic_en, rank_ru FROM people ORDER BY id`;

describe('migration 0014, over an office written before it', () => {
  it('splits each stored name into its parts and keeps the running form', () => {
    const ids: number[] = [];
    const db = openDatabase(join(dir, 'desk.sqlite'), {
      beforeMigrate: (before) => {
        migrate(before, readMigrations().filter((migration) => migration.version < 14));
        const insert = before.prepare(
          "INSERT INTO people (uuid, name_az, name_ru, name_en, rank_ru, created_at, updated_at) VALUES (?, ?, ?, ?, 'генерал', ?, ?)",
        );
        for (const name of STORED) ids.push(Number(insert.run(randomUUID(), name.az, name.ru, name.en, AT, AT).lastInsertRowid));
      },
    });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(readMigrations().at(-1)?.version);
      expect(db.prepare(PEOPLE).all()).toEqual([
        {
          name_az: 'Kəmaləddin Heydərov', name_ru: 'Кямаледдин Гейдаров', name_en: 'Kamaladdin Heydarov',
          surname_az: 'Heydərov', surname_ru: 'Гейдаров', surname_en: 'Heydarov',
          given_name_az: 'Kəmaləddin', given_name_ru: 'Кямаледдин', given_name_en: 'Kamaladdin',
          patronymic_az: null, patronymic_ru: null, patronymic_en: null, rank_ru: 'генерал',
        },
        {
          name_az: 'Aleksandr Vyaçeslavoviç Kurenkov', name_ru: 'Александр Вячеславович Куренков', name_en: 'Alexander Kurenkov',
          surname_az: 'Kurenkov', surname_ru: 'Куренков', surname_en: 'Kurenkov',
          given_name_az: 'Aleksandr', given_name_ru: 'Александр', given_name_en: 'Alexander',
          patronymic_az: 'Vyaçeslavoviç', patronymic_ru: 'Вячеславович', patronymic_en: null, rank_ru: 'генерал',
        },
        {
          // The doubled space is the one change to a running form.
          name_az: 'Leyla Mahir qızı Əliyeva', name_ru: null, name_en: 'Leyla Aliyeva',
          surname_az: 'Əliyeva', surname_ru: null, surname_en: 'Aliyeva',
          given_name_az: 'Leyla', given_name_ru: null, given_name_en: 'Leyla',
          patronymic_az: 'Mahir qızı', patronymic_ru: null, patronymic_en: null, rank_ru: 'генерал',
        },
        {
          name_az: null, name_ru: 'Шойгу', name_en: null,
          surname_az: null, surname_ru: 'Шойгу', surname_en: null,
          given_name_az: null, given_name_ru: null, given_name_en: null,
          patronymic_az: null, patronymic_ru: null, patronymic_en: null, rank_ru: 'генерал',
        },
      ]);
      // The search index still reads the running form.
      const found = searchRecords(db, 'Гейдаров', 10).flatMap((group) => group.hits.map((hit) => hit.id));
      expect(found).toEqual([ids[0]]);

      // Surname first, on the index, falling back to another language's name.
      const sorted = db.prepare(`SELECT id FROM people p ORDER BY ${peopleSortKey('p', 'ru')}`).pluck().all();
      expect(sorted).toEqual([ids[0], ids[1], ids[3], ids[2]]);
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM people p ORDER BY ${peopleSortKey('p', 'ru')}`).all() as { detail: string }[];
      expect(plan.map((row) => row.detail).join('\n')).toContain('people_sort_ru');
    } finally {
      db.close();
    }
  });
});
