import { randomUUID } from 'node:crypto';
import type { ParsedInput, Venue } from '../domain/contract';
import { localized, localizedList, localizedParams, localizedSortKey, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { listPage, matchesSearch, type ListQuery, type ListShape } from './paging';
import { matchingIds } from './search.repo';
import { insertRow, updateRow, type Values } from './rows';
import { statement } from './statements';

type VenueInput = ParsedInput<'venues:save'>;
type VenueSort = 'name' | 'city';
type VenueRow = LocalizedColumns<'name' | 'address' | 'city'> & {
  id: number;
  uuid: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
};

const SELECT = `v.id, v.uuid, ${localizedList('v.name')}, ${localizedList('v.address')}, ${localizedList('v.city')}, v.notes, v.created_at, v.updated_at`;

function toVenue(row: VenueRow): Venue {
  return {
    id: row.id,
    uuid: row.uuid,
    name: localized(row, 'name'),
    address: localized(row, 'address'),
    city: localized(row, 'city'),
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findVenue(db: Db, id: number): Venue | undefined {
  const row = statement(db, `SELECT ${SELECT} FROM venues v WHERE v.id = ?`).get(id) as VenueRow | undefined;
  return row && toVenue(row);
}

const LIST: ListShape<VenueSort> = {
  select: SELECT,
  from: 'venues v',
  search: matchesSearch(['v.name', 'v.address', 'v.city']),
  keySearch: `v.id IN ${matchingIds('venue')}`,
  sortKeys: { name: (lang) => localizedSortKey('v.name', lang), city: (lang) => localizedSortKey('v.city', lang) },
  defaultSort: { column: 'name', direction: 'asc' },
  tiebreak: 'v.id',
};

export function listVenues(db: Db, query: ListQuery<VenueSort>) {
  const page = listPage<VenueRow, VenueSort>(db, LIST, query);
  return { ...page, rows: page.rows.map(toVenue) };
}

function values(input: VenueInput): Values {
  return {
    ...localizedParams('name', input.name),
    ...localizedParams('address', input.address),
    ...localizedParams('city', input.city),
    notes: input.notes,
  };
}

export function insertVenue(db: Db, input: VenueInput, at: string): number {
  return insertRow(db, 'venues', { ...values(input), uuid: input.uuid ?? randomUUID(), created_at: at, updated_at: at });
}

export function updateVenue(db: Db, id: number, input: VenueInput, at: string): void {
  updateRow(db, 'venues', id, { ...values(input), updated_at: at });
}
