// Lists are paged, sorted and filtered in SQL. The ORDER BY and WHERE are put together only from
// fragments each repository fixes in code; whatever the user typed is always a bound parameter.
import { LANGUAGES, type Language, type SearchKind } from '../domain/contract';
import type { Db } from './open';
import { KIND_NUMBER, keysQuery } from './search.repo';
import { statement } from './statements';
import { textKeys } from '../domain/search-key';

export interface ListQuery<Column extends string> {
  search?: string;
  sort?: { column: Column; direction: 'asc' | 'desc' };
  lang: Language;
  offset: number;
  limit: number;
}

export interface ListShape<Column extends string> {
  /** The SELECT list and the FROM clause with its joins. */
  select: string;
  from: string;
  /**
   * The FROM for counting the rows, when `from` joins tables only for their columns: counting
   * 100,000 people need not look up each one's organisation. Filters and `keySearch` must name
   * only its tables.
   */
  countFrom?: string;
  /** A condition on `@search` (a LIKE pattern), e.g. from `matchesSearch`. */
  search: string;
  /**
   * A condition on `@match` (the typed words as search_index keys, see `matchingIds`), used
   * instead of `search` when given: it is spelling-blind («Гейдаров» for "heydarov") and indexed.
   */
  keySearch?: string;
  /**
   * The search_index kind of the list's own records. With `keySearch` and no other filter, more of
   * them matching than COUNT_UP_TO settles the count from the index alone, without the cost of
   * collecting the matches for it.
   */
  searchKind?: SearchKind;
  /**
   * `keySearch` tested row by row, on `@typedKeys` (see `rowKeysMatch`): used for the first pages
   * of a search that matches more than COUNT_UP_TO, where walking the sort order meets a match every
   * few rows and collecting every match (half the people for one letter) would cost a hundred times more.
   */
  keyWalk?: string;
  /** The sort key of each sortable column, in the reader's language. */
  sortKeys: Record<Column, (lang: Language) => string>;
  defaultSort: { column: Column; direction: 'asc' | 'desc' };
  /** The row's id: breaks ties so paging never shows a row twice, and names the page's rows. */
  tiebreak: string;
  /**
   * For sorts on a folded name: the FROM that reads rows already in that order (the base table
   * INDEXED BY the sort's index, or the joined table the sort is on, first), so that when a filter
   * keeps many rows SQLite walks it and stops at the page instead of folding and sorting every match.
   */
  sortFrom?: Partial<Record<Column, (lang: Language) => string>>;
}

/** A fixed SQL condition and the parameters it binds. */
export interface Filter {
  sql: string;
  params: Record<string, unknown>;
}

const DIRECTION = { asc: 'ASC', desc: 'DESC' } as const;

/** A case-insensitive substring match over localized columns (all three languages) and plain ones. */
export function matchesSearch(localizedColumns: string[], plainColumns: string[] = []): string {
  const columns = [...localizedColumns.flatMap((column) => LANGUAGES.map((lang) => `${column}_${lang}`)), ...plainColumns];
  return `(${columns.map((column) => `fold(${column}) LIKE @search ESCAPE '\\'`).join(' OR ')})`;
}

export function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function searchFilter<Column extends string>(shape: ListShape<Column>, search: string): Filter {
  if (shape.keySearch === undefined) return { sql: shape.search, params: { search: likePattern(search) } };
  const match = keysQuery(search);
  // Only punctuation typed: no word can match it (and a % or _ is never a wildcard).
  return match === null ? { sql: '0', params: {} } : { sql: shape.keySearch, params: { match } };
}

// Past this many matches, reading rows in sort order and testing each against the filter beats
// collecting the matches and sorting them (a folded sort key costs a JS call a row); below it, the
// walk could read the whole table to find a few rows.
const WALK_ABOVE = 2000;
// Counting every match of a one-letter search costs more than the page itself (half of 100,000
// people match "k"); past this many the list says "10,000+".
export const COUNT_UP_TO = 10_000;
// With more matches than COUNT_UP_TO, at least one row in ten of the archive matches: testing rows
// one by one in sort order finds this many matches within a few thousand rows. Deeper pages (few
// lists are scrolled that far) collect the matches instead.
const KEY_WALK_UP_TO = 300;

/** `sortParams` are what the sort keys read besides the row, such as the day a status is judged on. */
export function listPage<Row, Column extends string>(
  db: Db,
  shape: ListShape<Column>,
  query: ListQuery<Column>,
  filters: (Filter | null)[] = [],
  sortParams: Record<string, unknown> = {},
): { rows: Row[]; total: number; totalCapped?: true } {
  const applied = filters.filter((filter): filter is Filter => filter !== null);
  if (query.search) applied.push(searchFilter(shape, query.search));
  const where = applied.length > 0 ? `WHERE ${applied.map((filter) => filter.sql).join(' AND ')}` : '';
  const params = Object.assign({}, ...applied.map((filter) => filter.params)) as Record<string, unknown>;

  const sort = query.sort ?? shape.defaultSort;
  const direction = DIRECTION[sort.direction];
  const orderBy = `${shape.sortKeys[sort.column](query.lang)} ${direction}, ${shape.tiebreak} ${direction}`;

  const countFrom = shape.countFrom ?? shape.from;
  // A search's matches are collected (up to the cap) rather than counted: when they are few, the
  // page is then sorted out of them without testing the search on every row a second time.
  let matched: number[] | undefined;
  let counted: number;
  if (!query.search) {
    counted = (statement(db, `SELECT count(*) AS total FROM ${countFrom} ${where}`).get(params) as { total: number }).total;
  } else if (shape.searchKind !== undefined && applied.length === 1 && typeof params.match === 'string' && ownMatchesPastCap(db, shape.searchKind, params.match)) {
    counted = COUNT_UP_TO + 1;
  } else {
    matched = idsOf(statement(db, `SELECT ${shape.tiebreak} AS id FROM ${countFrom} ${where} LIMIT ${COUNT_UP_TO + 1}`).all(params));
    counted = matched.length;
  }
  const capped = Boolean(query.search) && counted > COUNT_UP_TO;
  if (counted === 0) return { rows: [], total: 0 };

  // First the page's ids, over only the tables the sort needs; then the display columns (joins,
  // readiness and the like) for just those rows.
  const paging = { limit: query.limit, offset: query.offset };
  let ids: number[];
  const walk = counted > WALK_ABOVE ? shape.sortFrom?.[sort.column]?.(query.lang) : undefined;
  if (matched !== undefined && walk === undefined) {
    const sql = `SELECT ${shape.tiebreak} AS id FROM json_each(@matched) AS match CROSS JOIN ${shape.from}
      WHERE ${shape.tiebreak} = match.value ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`;
    ids = idsOf(statement(db, sql).all({ matched: JSON.stringify(matched), ...sortParams, ...paging }));
  } else if (capped && walk !== undefined && shape.keyWalk !== undefined && query.offset + query.limit <= KEY_WALK_UP_TO) {
    // The search's filter, applied last, tested row by row; the other filters stay as they are.
    const conditions = [...applied.slice(0, -1).map((filter) => filter.sql), shape.keyWalk].join(' AND ');
    const sql = `SELECT ${shape.tiebreak} AS id FROM ${walk} WHERE ${conditions} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`;
    ids = idsOf(statement(db, sql).all({ ...params, typedKeys: JSON.stringify(textKeys(query.search ?? '')), ...sortParams, ...paging }));
  } else {
    const sql = `SELECT ${shape.tiebreak} AS id FROM ${walk ?? shape.from} ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`;
    ids = idsOf(statement(db, sql).all({ ...params, ...sortParams, ...paging }));
  }
  // The ids lead (CROSS JOIN keeps them outermost), so each row is one lookup and keeps its place.
  const select = `SELECT ${shape.select} FROM json_each(@ids) AS page CROSS JOIN ${shape.from}
    WHERE ${shape.tiebreak} = page.value ORDER BY page.key`;
  const rows = statement(db, select).all({ ids: JSON.stringify(ids) }) as Row[];
  return capped ? { rows, total: COUNT_UP_TO, totalCapped: true } : { rows, total: counted };
}

/** Whether more records of the kind match than COUNT_UP_TO, read from the search index as it streams. */
function ownMatchesPastCap(db: Db, kind: SearchKind, match: string): boolean {
  const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? AND (rowid & 7) = ${KIND_NUMBER[kind]}
    LIMIT ${COUNT_UP_TO + 1})`;
  return (statement(db, sql).get(match) as { n: number }).n > COUNT_UP_TO;
}

const idsOf = (rows: unknown[]) => rows.map((row) => (row as { id: number }).id);
