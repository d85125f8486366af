// Whether the audit log tells the story the rows tell: each write a handler made since a moment
// has its audit entry, written in the same transaction (so at the same instant), and each row
// that went away was deleted on the record: itself, or the row whose trash snapshot keeps it.
import type { Db } from '../../db/open';

/** The tables whose rows carry `updated_at`: each save of one writes an audit entry. */
const AUDITED_TABLES = ['organizations', 'people', 'venues', 'visits', 'events', 'agreements', 'tasks', 'documents', 'register_filters'];
/** Rows a visit's own write may make with one entry naming the visit (its default checklist). */
const PART_OF_VISIT = new Set(['tasks', 'events']);

export type UuidsByTable = Map<string, Set<string>>;

export function uuidsByTable(db: Db): UuidsByTable {
  return new Map(
    AUDITED_TABLES.map((table) => [table, new Set(db.prepare(`SELECT uuid FROM ${table}`).pluck().all() as string[])]),
  );
}

/**
 * What the audit log leaves out. `before`: the rows before the writes began; `since`: the clock's
 * reading then. Ticking the clock once per call makes "the same instant" mean "the same call".
 */
export function auditMismatches(db: Db, before: UuidsByTable, since: string): string[] {
  const mismatches: string[] = [];
  const entryAt = db.prepare('SELECT 1 FROM audit_log WHERE entity_uuid = ? AND at = ?').pluck();
  // A row deleted with its parent is kept in the parent's snapshot; the entry names the parent.
  const trashedWith = db.prepare('SELECT source_uuid FROM trash WHERE instr(snapshot, ?) > 0').pluck();
  const deleted = db.prepare("SELECT 1 FROM audit_log WHERE entity_uuid = ? AND action = 'delete'").pluck();
  for (const table of AUDITED_TABLES) {
    const visitUuid = PART_OF_VISIT.has(table) ? '(SELECT uuid FROM visits WHERE id = visit_id)' : 'NULL';
    const written = db.prepare(`SELECT uuid, ${visitUuid} AS visit, updated_at AS at FROM ${table} WHERE updated_at >= ?`).all(since) as { uuid: string; visit: string | null; at: string }[];
    for (const row of written) {
      if (!entryAt.get(row.uuid, row.at) && !(row.visit && entryAt.get(row.visit, row.at))) {
        mismatches.push(`${table} ${row.uuid} written at ${row.at} with no audit entry then`);
      }
    }
    const now = new Set(db.prepare(`SELECT uuid FROM ${table}`).pluck().all() as string[]);
    for (const uuid of before.get(table) ?? []) {
      if (now.has(uuid)) continue;
      if (deleted.get(uuid)) continue;
      const root = trashedWith.get(uuid) as string | undefined;
      if (root === undefined) mismatches.push(`${table} ${uuid} is gone with no delete entry, and not in the trash`);
      else if (!deleted.get(root)) mismatches.push(`${table} ${uuid} is gone with ${root}, which has no delete entry`);
    }
  }
  return mismatches;
}
