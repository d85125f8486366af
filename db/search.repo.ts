// Global search over the search_index table (migration 0006), which the database keeps in step
// with the records through triggers. The typed text becomes spelling-blind keys (search-key.ts),
// each key a prefix query, so "гейд" finds «Гейдаров», "Heydarov" and "Heydərov" alike.
import { LANGUAGES, SEARCH_KINDS, type LocalizedText, type SearchHit, type SearchHighlights, type SearchKind } from '../domain/contract';
import type { Db } from './open';
import { statement } from './statements';
import { textKeys, wordKeys } from '../domain/search-key';

/** The number of each kind in search_index rowids: rowid = id * 8 + number. */
export const KIND_NUMBER: Record<SearchKind, number> = {
  person: 1,
  organization: 2,
  venue: 3,
  visit: 4,
  event: 5,
  agreement: 6,
  document: 7,
};
const KIND_OF_NUMBER = new Map(SEARCH_KINDS.map((kind) => [KIND_NUMBER[kind], kind]));

/**
 * The FTS5 query for a typed text: every word required, as a prefix in any of its keys; null
 * when nothing is searchable.
 */
export function keysQuery(text: string): string | null {
  const words = textKeys(text);
  // Keys hold only letters and digits, so quoting them is enough to keep FTS5 syntax out.
  return words.length === 0 ? null : words.map((keys) => `(${keys.map((key) => `"${key}"*`).join(' OR ')})`).join(' AND ');
}

/** SQL for the ids of one kind whose keys match `@match` (a keysQuery), for list filters. */
export function matchingIds(kind: SearchKind): string {
  return `(SELECT rowid >> 3 FROM search_index WHERE search_index MATCH @match AND (rowid & 7) = ${KIND_NUMBER[kind]})`;
}

/**
 * SQL for whether the record of one kind with the id `idSql` has keys that match `@typedKeys`
 * (textKeys as JSON): the same test as `matchingIds`, on one row, without collecting every match.
 */
export function rowKeysMatch(kind: SearchKind, idSql: string): string {
  return `keys_begin((SELECT title_keys || ' ' || detail_keys FROM search_index WHERE rowid = (${idSql}) * 8 + ${KIND_NUMBER[kind]}), @typedKeys)`;
}

// Enough candidates that re-ranking by exactness can lift a whole-word hit bm25 placed lower.
const CANDIDATES = 200;
const PER_KIND = 8;
const RANKED_UP_TO = 500;

interface Candidate {
  kind: SearchKind;
  id: number;
  exact: number;
  inTitle: number;
  coverage: number;
  rank: number;
}

export function searchRecords(db: Db, text: string, limit: number): { kind: SearchKind; hits: SearchHit[] }[] {
  const match = keysQuery(text);
  if (match === null) return [];
  const typedWords = textKeys(text);
  const begins = (word: string) => typedWords.some((keys) => keys.some((key) => word.startsWith(key)));
  // bm25 costs about 10 µs a match: fine for a few hundred, not for the 30,000 wreath-layings of a
  // ten-year archive or the first letters typed. Past RANKED_UP_TO matches, which are then alike,
  // the first ones are taken as they come and ordered by exactness alone.
  const matches = statement(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)').get(
    match,
    RANKED_UP_TO + 1,
  ) as { n: number };
  const ranked = matches.n <= RANKED_UP_TO;
  const sql = `SELECT rowid, ${ranked ? 'rank' : '0 AS rank'}, title_keys FROM search_index WHERE search_index MATCH ?
    ${ranked ? 'ORDER BY rank' : ''} LIMIT ?`;
  const rows = statement(db, sql).all(match, CANDIDATES) as { rowid: number; rank: number; title_keys: string }[];

  const candidates: Candidate[] = rows.map((row) => {
    const titleKeys = row.title_keys.split(' ');
    return {
      kind: KIND_OF_NUMBER.get(row.rowid & 7) as SearchKind,
      id: Math.floor(row.rowid / 8),
      // Whole words typed in full beat words merely begun, and hits in the name beat hits in details.
      exact: typedWords.filter((keys) => keys.some((key) => titleKeys.includes(key))).length,
      inTitle: typedWords.filter((keys) => keys.some((key) => titleKeys.some((word) => word.startsWith(key)))).length,
      // The name itself beats a longer title that mentions it: «Гейдаров» before "Meeting with Heydarov".
      coverage: titleKeys.filter(begins).length / titleKeys.length,
      rank: row.rank,
    };
  });
  candidates.sort((a, b) => b.exact - a.exact || b.inTitle - a.inTitle || b.coverage - a.coverage || a.rank - b.rank);

  const groups = new Map<SearchKind, SearchHit[]>();
  let taken = 0;
  for (const candidate of candidates) {
    if (taken >= limit) break;
    const group = groups.get(candidate.kind) ?? [];
    if (group.length >= PER_KIND) continue;
    const record = loadRecord(db, candidate.kind, candidate.id);
    if (!record) continue;
    group.push({ kind: candidate.kind, id: candidate.id, ...record, highlights: highlights(record.title, typedWords) });
    groups.set(candidate.kind, group);
    taken += 1;
  }
  return [...groups].map(([kind, hits]) => ({ kind, hits }));
}

/** Which words of each language's title begin, in some reading, with a typed word in some reading. */
export function highlights(title: LocalizedText, typedWords: string[][]): SearchHighlights {
  const ranges = (text: string | null): [number, number][] => {
    if (text === null) return [];
    const found: [number, number][] = [];
    for (const word of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      const keys = wordKeys(word[0]);
      if (keys.some((key) => typedWords.some((typed) => typed.some((prefix) => key.startsWith(prefix))))) found.push([word.index, word.index + word[0].length]);
    }
    return found;
  };
  return { az: ranges(title.az), ru: ranges(title.ru), en: ranges(title.en) };
}

type Shown = Pick<SearchHit, 'title' | 'subtitle' | 'when' | 'owner'>;
type Row = Record<string, string | number | null>;

const same = (text: string | null): LocalizedText => ({ az: text, ru: text, en: text });
const texts = (row: Row, prefix: string): LocalizedText => ({
  az: row[`${prefix}_az`] as string | null,
  ru: row[`${prefix}_ru`] as string | null,
  en: row[`${prefix}_en`] as string | null,
});
/** Subtitle parts joined per language, skipping the parts a language lacks. */
const joined = (...parts: LocalizedText[]): LocalizedText => {
  const one = (lang: (typeof LANGUAGES)[number]) => parts.map((part) => part[lang]).filter(Boolean).join(' · ') || null;
  return { az: one('az'), ru: one('ru'), en: one('en') };
};
const names = (column: string, as: string) => LANGUAGES.map((lang) => `${column}_${lang} AS ${as}_${lang}`).join(', ');

const LOADERS: Record<SearchKind, { sql: string; map(row: Row): Shown }> = {
  person: {
    sql: `SELECT ${names('p.name', 't')}, ${names('p.position', 'position')}, ${names('o.name', 'org')}
      FROM people p LEFT JOIN organizations o ON o.id = p.organization_id WHERE p.id = ?`,
    map: (row) => ({ title: texts(row, 't'), subtitle: joined(texts(row, 'position'), texts(row, 'org')), when: null, owner: null }),
  },
  organization: {
    sql: `SELECT ${names('name', 't')}, ${names('short', 'short')}, country FROM organizations WHERE id = ?`,
    map: (row) => ({ title: texts(row, 't'), subtitle: joined(texts(row, 'short'), same(row.country as string)), when: null, owner: null }),
  },
  venue: {
    sql: `SELECT ${names('name', 't')}, ${names('city', 'city')}, ${names('address', 'address')} FROM venues WHERE id = ?`,
    map: (row) => ({
      title: texts(row, 't'),
      subtitle: joined(texts(row, 'city'), texts(row, 'address')),
      when: null,
      owner: null,
    }),
  },
  visit: {
    sql: `SELECT ${names('v.title', 't')}, ${names('o.name', 'partner')}, v.start_date, v.end_date
      FROM visits v JOIN organizations o ON o.id = v.partner_organization_id WHERE v.id = ?`,
    map: (row) => ({
      title: texts(row, 't'),
      subtitle: texts(row, 'partner'),
      when: { kind: 'days', from: row.start_date as string, to: row.end_date as string },
      owner: null,
    }),
  },
  event: {
    sql: `SELECT ${names('e.title', 't')}, ${names('v.title', 'visit')}, e.starts_at, e.time_zone, e.visit_id
      FROM events e JOIN visits v ON v.id = e.visit_id WHERE e.id = ?`,
    map: (row) => ({
      title: texts(row, 't'),
      subtitle: texts(row, 'visit'),
      when: { kind: 'moment', at: row.starts_at as string, timeZone: row.time_zone as string },
      owner: { kind: 'visit', id: row.visit_id as number },
    }),
  },
  agreement: {
    sql: `SELECT ${names('title', 't')}, ${names('signing_place', 'place')}, signed_on FROM agreements WHERE id = ?`,
    map: (row) => ({
      title: texts(row, 't'),
      subtitle: texts(row, 'place'),
      when: row.signed_on === null ? null : { kind: 'days', from: row.signed_on as string, to: row.signed_on as string },
      owner: null,
    }),
  },
  document: {
    sql: `SELECT d.file_name, d.agreement_id, d.visit_id, d.person_id,
        coalesce(a.title_az, v.title_az, p.name_az) AS of_az, coalesce(a.title_ru, v.title_ru, p.name_ru) AS of_ru,
        coalesce(a.title_en, v.title_en, p.name_en) AS of_en
      FROM documents d LEFT JOIN agreements a ON a.id = d.agreement_id LEFT JOIN visits v ON v.id = d.visit_id
        LEFT JOIN people p ON p.id = d.person_id
      WHERE d.id = ?`,
    map: (row) => ({
      title: same(row.file_name as string),
      subtitle: texts(row, 'of'),
      when: null,
      owner:
        row.agreement_id !== null
          ? { kind: 'agreement', id: row.agreement_id as number }
          : row.visit_id !== null
            ? { kind: 'visit', id: row.visit_id as number }
            : { kind: 'person', id: row.person_id as number },
    }),
  },
};

function loadRecord(db: Db, kind: SearchKind, id: number): Shown | undefined {
  const loader = LOADERS[kind];
  const row = statement(db, loader.sql).get(id) as Row | undefined;
  return row && loader.map(row);
}
