// Lists are paged, sorted and filtered in SQL. The ORDER BY and WHERE are put together only from
// fragments each repository fixes in code; whatever the user typed is always a bound parameter.
import { LANGUAGES, type Language } from '../electron/contract';
import type { Db } from './open';
import { statement } from './statements';

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
  /** A condition on `@search` (a LIKE pattern), e.g. from `matchesSearch`. */
  search: string;
  /** The sort key of each sortable column, in the reader's language. */
  sortKeys: Record<Column, (lang: Language) => string>;
  defaultSort: { column: Column; direction: 'asc' | 'desc' };
  /** Breaks ties so paging never shows a row twice. */
  tiebreak: string;
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

export function listPage<Row, Column extends string>(
  db: Db,
  shape: ListShape<Column>,
  query: ListQuery<Column>,
  filters: (Filter | null)[] = [],
): { rows: Row[]; total: number } {
  const applied = filters.filter((filter): filter is Filter => filter !== null);
  if (query.search) applied.push({ sql: shape.search, params: { search: likePattern(query.search) } });
  const where = applied.length > 0 ? `WHERE ${applied.map((filter) => filter.sql).join(' AND ')}` : '';
  const params = Object.assign({}, ...applied.map((filter) => filter.params)) as Record<string, unknown>;

  const sort = query.sort ?? shape.defaultSort;
  const direction = DIRECTION[sort.direction];
  const orderBy = `${shape.sortKeys[sort.column](query.lang)} ${direction}, ${shape.tiebreak} ${direction}`;

  const { total } = statement(db, `SELECT count(*) AS total FROM ${shape.from} ${where}`).get(params) as { total: number };
  const select = `SELECT ${shape.select} FROM ${shape.from} ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`;
  const rows = statement(db, select).all({ ...params, limit: query.limit, offset: query.offset }) as Row[];
  return { rows, total };
}
