// The spelling-blind word keys of every person's and organisation's names, kept in their own
// indexed tables (0004_directory.sql), so "is this new person already here, in another script?"
// is one indexed lookup instead of keying every row on each keystroke.
import type { Db } from '../open';
import { textKeys } from '../../domain/search-key';
import { statement } from '../statements';
import { writeTransaction } from '../transactions';

export type NamedKind = 'person' | 'organization';

// Fixed table and column names per kind; nothing here comes from input.
const TABLES = {
  person: { words: 'person_name_words', owner: 'person_id', source: 'people', names: 'name_az, name_ru, name_en' },
  organization: {
    words: 'organization_name_words',
    owner: 'organization_id',
    source: 'organizations',
    names: 'name_az, name_ru, name_en, short_az, short_ru, short_en',
  },
} as const;

/** Every distinct word key of the given texts. */
export function nameWords(texts: (string | null)[]): string[] {
  return [...new Set(texts.flatMap((text) => (text === null ? [] : textKeys(text).flat())))];
}

/** Replaces a row's word keys; called by the repository in the transaction that writes the row. */
export function writeNameWords(db: Db, kind: NamedKind, id: number, texts: (string | null)[]): void {
  const { words, owner } = TABLES[kind];
  statement(db, `DELETE FROM ${words} WHERE ${owner} = ?`).run(id);
  const insert = statement(db, `INSERT INTO ${words} (${owner}, word) VALUES (?, ?)`);
  for (const word of nameWords(texts)) insert.run(id, word);
}

/**
 * Keys rows that have none: rows put back from the trash, or written before the keys existed.
 * Cheap when there are none (an anti-join on the index), so every check starts with it.
 */
export function keyUnkeyedRows(db: Db, kind: NamedKind): void {
  const { words, owner, source, names } = TABLES[kind];
  const sql = `SELECT id, ${names} FROM ${source} s WHERE NOT EXISTS (SELECT 1 FROM ${words} w WHERE w.${owner} = s.id)`;
  const rows = statement(db, sql).all() as (Record<string, string | null> & { id: number })[];
  // A read-only database is searched with the keys it has.
  if (rows.length === 0 || db.readonly) return;
  writeTransaction(db, () => {
    for (const { id, ...texts } of rows) writeNameWords(db, kind, id, Object.values(texts));
  });
}

/** Rows that share at least one word key with the given words, most shared first. */
export function rowsSharingWords(db: Db, kind: NamedKind, words: string[], excludeId: number | undefined, limit = 50): number[] {
  if (words.length === 0) return [];
  const { words: table, owner } = TABLES[kind];
  const sql = `SELECT ${owner} AS id FROM ${table} WHERE word IN (SELECT value FROM json_each(?)) AND ${owner} IS NOT ?
    GROUP BY ${owner} ORDER BY count(*) DESC, ${owner} LIMIT ?`;
  return (statement(db, sql).all(JSON.stringify(words), excludeId ?? null, limit) as { id: number }[]).map((row) => row.id);
}

/**
 * Whether two records' names look like one: some name of one has every word of some name of
 * the other (in any script and order), and that is at least two words or the whole of both.
 * So «Гейдаров Кямаледдин» meets "Kamaladdin Heydarov" and "Kəmaləddin Heydərov Abbas oğlu",
 * but "Kamaladdin Aliyev" and a lone shared surname do not.
 */
export function looksAlike(ours: (string | null)[], theirs: (string | null)[]): boolean {
  // Each name as its words, each word as its keys (one per reading of an ambiguous letter).
  const namesOf = (texts: (string | null)[]) => texts.flatMap((text) => (text === null ? [] : [textKeys(text)])).filter((words) => words.length > 0);
  const theirNames = namesOf(theirs);
  return namesOf(ours).some((a) =>
    theirNames.some((b) => {
      const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
      const longerKeys = new Set(longer.flat());
      const contained = shorter.every((keys) => keys.some((key) => longerKeys.has(key)));
      return contained && (shorter.length >= 2 || a.length === b.length);
    }),
  );
}
