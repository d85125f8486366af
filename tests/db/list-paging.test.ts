// Big lists take other routes through SQL (db/paging.ts): past 2,000 matches the page is read by
// walking the sort index, and past 10,000 the count stops. Both must give the very rows, in the
// very order, that sorting every match would.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { COUNT_UP_TO } from '../../db/paging';
import { listPeople } from '../../db/people.repo';
import { alphabeticalKey, listedName, splitRunningName } from '../../domain/contract';

const FIRST_NAMES = ['Kamal', 'Leyla', 'Zaur'];
const SURNAMES = ['Aliyev', 'Babayev', 'Guliyev', 'Mammadov', 'Rzayev', 'Huseynov', 'Ismayilov'];
const PEOPLE = COUNT_UP_TO + 500;
let db: Db;

beforeAll(() => {
  db = openDatabase(':memory:');
  const at = '2025-12-01T00:00:00.000Z';
  const addOrganization = db.prepare("INSERT INTO organizations (uuid, country, name_en, created_at, updated_at) VALUES (?, 'UZ', ?, ?, ?)");
  const organizations = ['Kamchatka search and rescue', 'Ministry of Emergency Situations'].map((name) =>
    Number(addOrganization.run(randomUUID(), name, at, at).lastInsertRowid),
  );
  const addPerson = db.prepare('INSERT INTO people (uuid, name_en, organization_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let n = 0; n < PEOPLE; n += 1) {
      const name = `${FIRST_NAMES[n % 3]} ${SURNAMES[(n * 7 + Math.floor(n / 5)) % SURNAMES.length]} ${n % 97}`;
      addPerson.run(randomUUID(), name, organizations[n % 11 === 0 ? 0 : 1], at, at);
    }
  })();
}, 60_000);

/** Every person the filter keeps, sorted surname first and by id, the slow, obvious way. */
function expectedIds(keep: (name: string, organization: string) => boolean, direction: 'asc' | 'desc'): number[] {
  const all = db
    .prepare(
      `SELECT p.id, p.name_en AS name, o.name_en AS organization
       FROM people p JOIN organizations o ON o.id = p.organization_id`,
    )
    .all() as { id: number; name: string; organization: string }[];
  const sorted = all
    .map((row) => ({ ...row, key: alphabeticalKey('en', listedName(splitRunningName(row.name)) ?? '') }))
    .filter((row) => keep(row.name.toLowerCase(), row.organization.toLowerCase()))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id));
  return (direction === 'asc' ? sorted : sorted.reverse()).map((row) => row.id);
}

const startsAWord = (text: string, start: string) => text.split(' ').some((word) => word.startsWith(start));

describe('paging a list of more than ten thousand people', () => {
  it('counts them all when nothing is searched', () => {
    const page = listPeople(db, { lang: 'en', offset: 0, limit: 50 });
    expect(page.total).toBe(PEOPLE);
    expect(page.totalCapped).toBeUndefined();
  });

  it('stops counting a search that keeps more than ten thousand, and still pages it in name order', () => {
    // Both organisations have a word beginning with "s": everyone matches.
    const everyone = expectedIds(() => true, 'asc');
    const page = listPeople(db, { search: 's', lang: 'en', offset: 200, limit: 50 });
    expect(page).toMatchObject({ total: COUNT_UP_TO, totalCapped: true });
    expect(page.rows.map((row) => row.id)).toEqual(everyone.slice(200, 250));
  });

  it('walks the name index for a search that keeps thousands, in both directions, with the same rows as a full sort', () => {
    const keep = (name: string, organization: string) => startsAWord(name, 'kam') || startsAWord(organization, 'kam');
    const ascending = expectedIds(keep, 'asc');
    expect(ascending.length).toBeGreaterThan(2000);
    expect(ascending.length).toBeLessThan(COUNT_UP_TO);

    const first = listPeople(db, { search: 'kam', lang: 'en', offset: 0, limit: 50 });
    expect(first.total).toBe(ascending.length);
    expect(first.totalCapped).toBeUndefined();
    expect(first.rows.map((row) => row.id)).toEqual(ascending.slice(0, 50));

    const later = listPeople(db, { search: 'kam', sort: { column: 'name', direction: 'desc' }, lang: 'en', offset: 1000, limit: 50 });
    expect(later.rows.map((row) => row.id)).toEqual(expectedIds(keep, 'desc').slice(1000, 1050));
    // The page's display columns come along with it.
    expect(later.rows[0]?.organizationName?.en).toMatch(/Kamchatka|Ministry/);
  });

  it('finds the few people a narrow search keeps', () => {
    const keep = (name: string) => startsAWord(name, 'zaur') && startsAWord(name, 'rzayev') && startsAWord(name, '5');
    const expected = expectedIds(keep, 'asc');
    expect(expected.length).toBeGreaterThan(0);
    const page = listPeople(db, { search: 'Zaur Rzayev 5', lang: 'en', offset: 0, limit: 50 });
    expect(page.total).toBe(expected.length);
    expect(page.rows.map((row) => row.id)).toEqual(expected.slice(0, 50));
  });
});
