import { randomUUID } from 'node:crypto';
import type { ParsedInput, Person } from '../domain/contract';
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
import { nameColumnValues, namePartsOf, peopleSortKey, selectListedName } from './names/person-name-columns';
import type { Db } from './open';
import { listPage, matchesSearch, type ListQuery, type ListShape } from './paging';
import { matchingIds, rowKeysMatch } from './search.repo';
import { insertRow, updateRow, type Values } from './rows';
import { statement } from './statements';

type PersonInput = ParsedInput<'people:save'>;
type PersonSort = 'name' | 'organization' | 'precedence' | 'updatedAt';
type PersonRow = LocalizedColumns<
  'name' | 'surname' | 'given_name' | 'patronymic' | 'listed_name' | 'rank' | 'position' | 'bio' | 'dietary_notes' | 'org_name'
> & {
  id: number;
  uuid: string;
  organization_id: number | null;
  has_photo: 0 | 1;
  languages: string;
  interpreter_needed: 0 | 1;
  protocol_notes: string | null;
  contact: string | null;
  precedence: number;
  post_tier: string | null;
  rank_tier: string | null;
  in_post_since: string | null;
  created_at: string;
  updated_at: string;
};

const TEXTS = ['name', 'surname', 'given_name', 'patronymic', 'rank', 'position', 'bio', 'dietary_notes'] as const;
const SELECT = `p.id, p.uuid, ${TEXTS.map((text) => localizedList(`p.${text}`)).join(', ')}, p.organization_id,
  p.photo IS NOT NULL AS has_photo, p.languages, p.interpreter_needed, p.protocol_notes, p.contact, p.precedence,
  p.post_tier, p.rank_tier, p.in_post_since,
  p.created_at, p.updated_at, ${selectLocalized('org.name', 'org_name')}, ${selectListedName('p')}`;
const FROM = 'people p LEFT JOIN organizations org ON org.id = p.organization_id';

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    uuid: row.uuid,
    name: localized(row, 'name'),
    nameParts: namePartsOf(row),
    listedName: localized(row, 'listed_name'),
    rank: localized(row, 'rank'),
    position: localized(row, 'position'),
    bio: localized(row, 'bio'),
    organizationId: row.organization_id,
    organizationName: optionalLocalized(row, 'org_name'),
    hasPhoto: row.has_photo === 1,
    languages: JSON.parse(row.languages) as string[],
    interpreterNeeded: row.interpreter_needed === 1,
    dietaryNotes: localized(row, 'dietary_notes'),
    protocolNotes: row.protocol_notes,
    contact: row.contact,
    precedence: row.precedence,
    postTier: row.post_tier,
    rankTier: row.rank_tier,
    inPostSince: row.in_post_since,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findPerson(db: Db, id: number): Person | undefined {
  const row = statement(db, `SELECT ${SELECT} FROM ${FROM} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row && toPerson(row);
}

const LIST: ListShape<PersonSort> = {
  select: SELECT,
  from: FROM,
  search: matchesSearch(['p.name', 'p.position', 'org.name', 'org.short']),
  countFrom: 'people p',
  searchKind: 'person',
  keySearch: `(p.id IN ${matchingIds('person')} OR p.organization_id IN ${matchingIds('organization')})`,
  keyWalk: `(${rowKeysMatch('person', 'p.id')} OR ${rowKeysMatch('organization', 'p.organization_id')})`,
  sortKeys: {
    name: (lang) => peopleSortKey('p', lang),
    organization: (lang) => localizedSortKey('org.name', lang),
    precedence: () => 'p.precedence',
    updatedAt: () => 'p.updated_at',
  },
  defaultSort: { column: 'name', direction: 'asc' },
  tiebreak: 'p.id',
  sortFrom: { name: (lang) => `people p INDEXED BY people_sort_${lang}` },
};

export function listPeople(db: Db, query: ListQuery<PersonSort> & { organizationId?: number }) {
  const byOrganization =
    query.organizationId === undefined
      ? null
      : { sql: 'p.organization_id = @organizationId', params: { organizationId: query.organizationId } };
  const page = listPage<PersonRow, PersonSort>(db, LIST, query, [byOrganization]);
  return { ...page, rows: page.rows.map(toPerson) };
}

function values(input: PersonInput): Values {
  return {
    ...nameColumnValues(input.name),
    ...localizedParams('rank', input.rank),
    ...localizedParams('position', input.position),
    ...localizedParams('bio', input.bio),
    organization_id: input.organizationId,
    languages: JSON.stringify(input.languages),
    interpreter_needed: input.interpreterNeeded ? 1 : 0,
    ...localizedParams('dietary_notes', input.dietaryNotes),
    protocol_notes: input.protocolNotes,
    contact: input.contact,
    precedence: input.precedence,
    post_tier: input.postTier,
    rank_tier: input.rankTier,
    in_post_since: input.inPostSince,
  };
}

/** The name keys and the photo are written with the row, in the caller's transaction. */
function writeExtras(db: Db, id: number, input: PersonInput): void {
  const running = nameColumnValues(input.name);
  writeNameWords(db, 'person', id, [running.name_az, running.name_ru, running.name_en]);
  if (input.photo !== undefined) {
    const jpeg = input.photo === null ? null : Buffer.from(input.photo, 'base64');
    statement(db, 'UPDATE people SET photo = ? WHERE id = ?').run(jpeg, id);
  }
}

export function insertPerson(db: Db, input: PersonInput, at: string): number {
  const id = insertRow(db, 'people', { ...values(input), uuid: input.uuid ?? randomUUID(), created_at: at, updated_at: at });
  writeExtras(db, id, input);
  return id;
}

export function updatePerson(db: Db, id: number, input: PersonInput, at: string): void {
  updateRow(db, 'people', id, { ...values(input), updated_at: at });
  writeExtras(db, id, input);
}

/** The stored JPEG, null when there is none, undefined when there is no such person. */
export function findPersonPhoto(db: Db, id: number): Buffer | null | undefined {
  const row = statement(db, 'SELECT photo FROM people WHERE id = ?').get(id) as { photo: Buffer | null } | undefined;
  return row?.photo;
}
