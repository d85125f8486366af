import { randomUUID } from 'node:crypto';
import type { Organization, ParsedInput } from '../domain/contract';
import {
  localized,
  localizedList,
  localizedParams,
  localizedSortKey,
  optionalLocalized,
  selectLocalized,
  type LocalizedColumns,
} from './localized';
import { writeNameWords } from './names/name-words';
import type { Db } from './open';
import { listPage, matchesSearch, type ListQuery, type ListShape } from './paging';
import { matchingIds } from './search.repo';
import { insertRow, updateRow, type Values } from './rows';
import { statement } from './statements';

type OrganizationInput = ParsedInput<'organizations:save'>;
type OrganizationRow = LocalizedColumns<'name' | 'short' | 'parent_name' | 'notes'> & {
  id: number;
  uuid: string;
  country: string;
  parent_id: number | null;
  is_ours: 0 | 1;
  created_at: string;
  updated_at: string;
};

const SELECT = `o.id, o.uuid, o.country, ${localizedList('o.name')}, ${localizedList('o.short')},
  o.parent_id, o.is_ours, ${localizedList('o.notes')}, o.created_at, o.updated_at, ${selectLocalized('parent.name', 'parent_name')}`;
const FROM = 'organizations o LEFT JOIN organizations parent ON parent.id = o.parent_id';

function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    uuid: row.uuid,
    country: row.country,
    name: localized(row, 'name'),
    shortName: localized(row, 'short'),
    parentId: row.parent_id,
    parentName: optionalLocalized(row, 'parent_name'),
    isOurs: row.is_ours === 1,
    notes: localized(row, 'notes'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findOrganization(db: Db, id: number): Organization | undefined {
  const row = statement(db, `SELECT ${SELECT} FROM ${FROM} WHERE o.id = ?`).get(id) as OrganizationRow | undefined;
  return row && toOrganization(row);
}

const LIST: ListShape<'name' | 'country' | 'updatedAt'> = {
  select: SELECT,
  from: FROM,
  search: matchesSearch(['o.name', 'o.short']),
  searchKind: 'organization',
  keySearch: `o.id IN ${matchingIds('organization')}`,
  sortKeys: {
    name: (lang) => localizedSortKey('o.name', lang),
    country: () => 'o.country',
    updatedAt: () => 'o.updated_at',
  },
  defaultSort: { column: 'name', direction: 'asc' },
  tiebreak: 'o.id',
};

export function listOrganizations(db: Db, query: ListQuery<'name' | 'country' | 'updatedAt'>) {
  const page = listPage<OrganizationRow, 'name' | 'country' | 'updatedAt'>(db, LIST, query);
  return { ...page, rows: page.rows.map(toOrganization) };
}

function values(input: OrganizationInput): Values {
  return {
    country: input.country,
    ...localizedParams('name', input.name),
    ...localizedParams('short', input.shortName),
    parent_id: input.parentId,
    is_ours: input.isOurs ? 1 : 0,
    ...localizedParams('notes', input.notes),
  };
}

/** Full and short names alike, so «МЧС России» typed as a name finds it as a short name. */
const nameTexts = (input: OrganizationInput) => [...Object.values(input.name), ...Object.values(input.shortName)];

export function insertOrganization(db: Db, input: OrganizationInput, at: string): number {
  const id = insertRow(db, 'organizations', { ...values(input), uuid: input.uuid ?? randomUUID(), created_at: at, updated_at: at });
  writeNameWords(db, 'organization', id, nameTexts(input));
  return id;
}

export function updateOrganization(db: Db, id: number, input: OrganizationInput, at: string): void {
  updateRow(db, 'organizations', id, { ...values(input), updated_at: at });
  writeNameWords(db, 'organization', id, nameTexts(input));
}

/** Whether making `parentId` the parent of `id` would make the organisation its own ancestor. */
export function wouldBeOwnAncestor(db: Db, id: number, parentId: number): boolean {
  const sql = `WITH RECURSIVE ancestors(id) AS (
      SELECT ? UNION SELECT o.parent_id FROM organizations o JOIN ancestors a ON o.id = a.id WHERE o.parent_id IS NOT NULL)
    SELECT 1 FROM ancestors WHERE id = ?`;
  return statement(db, sql).get(parentId, id) !== undefined;
}
