// Migration 0012: lists sort by each language's alphabet, not by code point (Ə after E, Ö after O,
// Ş after S in Azerbaijani; ё with е in Russian). Every name sort index is made again on
// alphabetical_key(), so a list is still read in order from its index; no record changes.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, indexColumns, insert, migrateTo, otherTables, queryPlan, uuidOf, type Db } from './migration-fixture';
import { AT, writeUzbekVisit } from './migration-office';

let db: Db;
beforeEach(() => {
  db = databaseAt(11);
  writeUzbekVisit(db);
  let n = 0;
  for (const name of ['Oman Sultanlığının Mülki Müdafiə İdarəsi', 'Ərəb Əmirliklərinin Milli Böhran İdarəsi', 'Şəki Rayon İcra Hakimiyyəti',
    'Polşa Dövlət Yanğından Mühafizə Xidməti', 'Sumqayıt Şəhər İcra Hakimiyyəti', 'Fransa Mülki Müdafiə Baş İdarəsi']) {
    insert(db, 'organizations', { uuid: uuidOf(12, ++n), country: 'AZ', name_az: name, created_at: AT, updated_at: AT });
  }
  for (const name of ['Ёлкин Пётр Сергеевич', 'Жуков Андрей Ильич', 'Елисеев Игорь Павлович', 'Абрамов Олег Юрьевич']) {
    insert(db, 'people', { uuid: uuidOf(12, ++n), name_ru: name, organization_id: 1, created_at: AT, updated_at: AT });
  }
  insert(db, 'people', { uuid: uuidOf(12, 100), name_en: 'John Ellis', created_at: AT, updated_at: AT });
});

const sortKey = (table: string, lang: string) => {
  const column = table === 'people' || table === 'organizations' ? 'name' : 'title';
  const order = { az: ['az', 'en', 'ru'], ru: ['ru', 'en', 'az'], en: ['en', 'ru', 'az'] }[lang]!;
  return `alphabetical_key('${lang}', coalesce(${order.map((l) => `${column}_${l}`).join(', ')}))`;
};
const AZ_PARTNERS = `SELECT name_az FROM organizations ORDER BY ${sortKey('organizations', 'az')}`;

describe('migration 0012, alphabetical order', () => {
  it('reads the partners from their Azerbaijani index in the alphabet, where they stood in code-point order before', () => {
    const before = db.prepare('SELECT name_az FROM organizations INDEXED BY organizations_sort_az ORDER BY fold(coalesce(name_az, name_en, name_ru))').pluck().all();
    expect(before.map((name) => (name as string).split(' ')[0])).toEqual(['Azərbaycan', 'Fransa', 'Oman', 'Polşa', 'Sumqayıt', 'Özbəkistan', 'Şəki', 'Ərəb']);
    expect(queryPlan(db, AZ_PARTNERS)).toContain('USE TEMP B-TREE FOR ORDER BY');
    migrateTo(db, 12);

    expect(queryPlan(db, AZ_PARTNERS)).toBe('SCAN organizations USING INDEX organizations_sort_az');
    expect(db.prepare(AZ_PARTNERS).pluck().all().map((name) => (name as string).split(' ')[0])).toEqual([
      'Azərbaycan', 'Ərəb', 'Fransa', 'Oman', 'Özbəkistan', 'Polşa', 'Sumqayıt', 'Şəki',
    ]);
  });

  it('files Ёлкин with the Е names in the Russian people list, Latin names last, and still walks it by organisation', () => {
    migrateTo(db, 12);
    const peopleInRussian = `SELECT coalesce(name_ru, name_en) FROM people INDEXED BY people_sort_ru ORDER BY ${sortKey('people', 'ru')}`;
    expect(db.prepare(peopleInRussian).pluck().all()).toEqual([
      'Абрамов Олег Юрьевич', 'Ботир Кудратходжаев', 'Дилноза Каримова', 'Елисеев Игорь Павлович', 'Ёлкин Пётр Сергеевич',
      'Жуков Андрей Ильич', 'Кямаледдин Гейдаров', 'Рауф Мамедов', 'John Ellis',
    ]);
    expect(['people_sort_az', 'people_sort_ru', 'people_sort_en'].map((index) => indexColumns(db, index))).toEqual([
      [null, 'organization_id'], [null, 'organization_id'], [null, 'organization_id'],
    ]);
  });

  it('reads every name list, in every language, in order from its own index', () => {
    migrateTo(db, 12);
    for (const table of ['people', 'organizations', 'visits', 'agreements']) {
      for (const lang of ['az', 'ru', 'en']) {
        expect(queryPlan(db, `SELECT id FROM ${table} ORDER BY ${sortKey(table, lang)}`), `${table} ${lang}`).toMatch(
          new RegExp(`^SCAN ${table} USING (COVERING )?INDEX ${table}_sort_${lang}$`),
        );
      }
    }
  });

  it('changes no record', () => {
    const records = otherTables(db, []);
    migrateTo(db, 12);
    expect(otherTables(db, [])).toEqual(records);
  });
});
