// The audit log: append-only (the schema's triggers refuse UPDATE and DELETE).
import { randomUUID } from 'node:crypto';
import { auditEntityKind, auditMention, type AuditEntry, type LocalizedText } from '../domain/contract';
import type { Db } from './open';
import { statement } from './statements';

export interface NewAuditEntry {
  at: string;
  actor: string;
  action: AuditEntry['action'];
  entity: string;
  entityUuid: string | null;
  details: Record<string, unknown>;
}

export function appendAuditEntry(db: Db, entry: NewAuditEntry): void {
  statement(
    db,
    `INSERT INTO audit_log (uuid, at, actor, action, entity, entity_uuid, details)
     VALUES (@uuid, @at, @actor, @action, @entity, @entityUuid, @details)`,
  ).run({ ...entry, uuid: randomUUID(), details: JSON.stringify(entry.details) });
}

interface AuditRow {
  id: number;
  uuid: string;
  at: string;
  actor: string;
  action: AuditEntry['action'];
  entity: string;
  entity_uuid: string | null;
  details: string;
}

export interface AuditFilter {
  entity?: string;
  entityUuid?: string;
  action?: AuditEntry['action'];
  actor?: string;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

const FILTERS = {
  entity: 'entity = @entity',
  entityUuid: 'entity_uuid = @entityUuid',
  action: 'action = @action',
  actor: 'actor = @actor',
  from: 'at >= @from',
  // `at` is an ISO instant: everything before the next day's midnight belongs to `to`.
  to: "at < date(@to, '+1 day')",
} as const;

/** The newest entries first. */
export function listAuditEntries(db: Db, filter: AuditFilter): { rows: AuditEntry[]; total: number } {
  const conditions = (Object.keys(FILTERS) as (keyof typeof FILTERS)[])
    .filter((key) => filter[key] !== undefined)
    .map((key) => FILTERS[key]);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const { total } = statement(db, `SELECT count(*) AS total FROM audit_log ${where}`).get(filter) as { total: number };
  const rows = statement(db, `SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`).all(
    filter,
  ) as AuditRow[];
  return { total, rows: namedEntries(db, rows) };
}

type Details = Record<string, unknown>;

const localizedName = (table: string, prefix: 'name' | 'title', key = 'uuid') =>
  `SELECT ${prefix}_az AS az, ${prefix}_ru AS ru, ${prefix}_en AS en FROM ${table} WHERE ${key} = ?`;
const singleName = (table: string, column: string) => `SELECT ${column} AS az, ${column} AS ru, ${column} AS en FROM ${table} WHERE uuid = ?`;

/** How each kind of record is named, looked up by its uuid (every uuid column is UNIQUE, so indexed). */
const NAME_BY_UUID: Record<string, string> = {
  person: localizedName('people', 'name'),
  organization: localizedName('organizations', 'name'),
  venue: localizedName('venues', 'name'),
  visit: localizedName('visits', 'title'),
  // The standard checklist is logged under the uuid of the visit it was made for.
  checklist: localizedName('visits', 'title'),
  event: localizedName('events', 'title'),
  agreement: localizedName('agreements', 'title'),
  agreement_activity: localizedName('agreement_activities', 'title'),
  task: localizedName('tasks', 'title'),
  document: singleName('documents', 'file_name'),
  register_filter: singleName('register_filters', 'name'),
  trustedSigner: singleName('trusted_signers', 'name'),
  visitMember: `SELECT p.name_az AS az, p.name_ru AS ru, p.name_en AS en
                FROM visit_members m JOIN people p ON p.id = m.person_id WHERE m.uuid = ?`,
};

/** Entries about no stored record, or about one deleted for good, name what their details name. */
const NAME_IN_DETAILS: Record<string, (details: Details) => unknown> = {
  // The backup written, or the backup restored.
  database: (details) => details.name ?? details.backup,
  // The PC that signed an imported bundle.
  bundle: (details) => (details.signer as Details | undefined)?.name,
  // A document deleted with its agreement, a PC no longer trusted.
  document: (details) => details.fileName,
  trustedSigner: (details) => details.name,
};

/** Details that point at a record by id, and the record's kind; found at any depth of the details. */
const MENTIONED_BY: Record<string, 'person' | 'venue'> = { personId: 'person', fromVenueId: 'venue', toVenueId: 'venue' };
const NAME_BY_ID = { person: localizedName('people', 'name', 'id'), venue: localizedName('venues', 'name', 'id') };

const hasText = (text: LocalizedText | undefined): text is LocalizedText =>
  text !== undefined && (text.az !== null || text.ru !== null || text.en !== null);

function liveName(db: Db, row: AuditRow): LocalizedText | null {
  const sql = NAME_BY_UUID[auditEntityKind(row.entity)];
  if (sql === undefined || row.entity_uuid === null) return null;
  const found = statement(db, sql).get(row.entity_uuid) as LocalizedText | undefined;
  return hasText(found) ? found : null;
}

/**
 * Names of deleted records from the trash, for a page's entries at once. `trash.source_uuid` has
 * no index, so the page's uuids are matched in one pass over the trash rather than one per entry.
 */
function trashedNames(db: Db, uuids: string[]): Map<string, LocalizedText> {
  if (uuids.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT source_uuid AS uuid, label_az AS az, label_ru AS ru, label_en AS en FROM trash
     WHERE source_uuid IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(uuids)) as (LocalizedText & { uuid: string })[];
  return new Map(rows.filter(hasText).map(({ uuid, ...label }) => [uuid, label]));
}

function nameInDetails(entity: string, details: Details): LocalizedText | null {
  const name = NAME_IN_DETAILS[auditEntityKind(entity)]?.(details);
  return typeof name === 'string' && name !== '' ? { az: name, ru: name, en: name } : null;
}

/** The people and venues the details point at by id, by name, keyed as `auditMention` keys them. */
function mentionsIn(db: Db, details: Details): Record<string, LocalizedText> {
  const found: Record<string, LocalizedText> = {};
  const search = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      const kind = MENTIONED_BY[key];
      if (kind === undefined || !Number.isInteger(inner)) search(inner);
      else {
        const name = statement(db, NAME_BY_ID[kind]).get(inner) as LocalizedText | undefined;
        if (hasText(name)) found[auditMention(kind, inner as number)] = name;
      }
    }
  };
  search(details);
  return found;
}

/** A page of entries, each naming its record: live, else from the trash, else from its details. */
function namedEntries(db: Db, rows: AuditRow[]): AuditEntry[] {
  const live = rows.map((row) => liveName(db, row));
  const gone = rows.filter((row, index) => live[index] === null && row.entity_uuid !== null).map((row) => row.entity_uuid as string);
  const trashed = trashedNames(db, gone);
  return rows.map((row, index) => {
    const details = JSON.parse(row.details) as Details;
    return {
      id: row.id,
      uuid: row.uuid,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityUuid: row.entity_uuid,
      details,
      record: live[index] ?? trashed.get(row.entity_uuid ?? '') ?? nameInDetails(row.entity, details),
      mentions: mentionsIn(db, details),
    };
  });
}

/** Who appears in the log and what it names, for the audit screen's filters. */
export function auditFacets(db: Db): { actors: string[]; entities: string[] } {
  const distinct = (column: 'actor' | 'entity') =>
    (statement(db, `SELECT DISTINCT ${column} AS value FROM audit_log ORDER BY ${column}`).all() as { value: string }[]).map((row) => row.value);
  return { actors: distinct('actor'), entities: distinct('entity') };
}
