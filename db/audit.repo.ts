// The audit log: append-only (the schema's triggers refuse UPDATE and DELETE).
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../electron/contract';
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
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      uuid: row.uuid,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityUuid: row.entity_uuid,
      details: JSON.parse(row.details) as Record<string, unknown>,
    })),
  };
}

/** Who appears in the log and what it names, for the audit screen's filters. */
export function auditFacets(db: Db): { actors: string[]; entities: string[] } {
  const distinct = (column: 'actor' | 'entity') =>
    (statement(db, `SELECT DISTINCT ${column} AS value FROM audit_log ORDER BY ${column}`).all() as { value: string }[]).map((row) => row.value);
  return { actors: distinct('actor'), entities: distinct('entity') };
}
