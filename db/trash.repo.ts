// The trash: a deleted row and everything its deletion cascades to, kept as a JSON snapshot so
// it can be put back exactly. What cascades, what is set to NULL and what refuses is read from
// the schema's own foreign keys, so tables added by later migrations are covered without
// listing them here.
import { randomUUID } from 'node:crypto';
import type { LocalizedText } from '../domain/contract';
import type { Db } from './open';
import { statement } from './statements';

type Row = Record<string, unknown> & { id: number };

/** A row and the rows that were deleted with it because they hang off it (ON DELETE CASCADE). */
export interface SnapshotNode {
  table: string;
  row: Row;
  children: SnapshotNode[];
}
/** Rows elsewhere whose column was set to NULL by the deletion; restoring points them back. */
export interface SnapshotLink {
  table: string;
  column: string;
  id: number;
  parent: string;
  value: number;
}
export interface Snapshot {
  root: SnapshotNode;
  links: SnapshotLink[];
}

/** JSON turns a BLOB (a person's photo) into a list of numbers; keep it as base64 and back. */
export function encodeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify(snapshot, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Uint8Array ? { $base64: Buffer.from(raw).toString('base64') } : value;
  });
}

export function decodeSnapshot(text: string): Snapshot {
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && typeof (value as { $base64?: unknown }).$base64 === 'string'
      ? Buffer.from((value as { $base64: string }).$base64, 'base64')
      : value,
  ) as Snapshot;
}

interface ForeignKey {
  /** The table that holds the reference. */
  table: string;
  from: string;
  /** The referenced table. */
  parent: string;
  onDelete: string;
}

// Bookkeeping tables never take part: the audit log is append-only and the trash holds itself.
const OUTSIDE = "m.name NOT IN ('audit_log', 'trash') AND m.name NOT LIKE 'sqlite_%'";

/** Foreign keys that point at `parent` from any table. */
function referencesTo(db: Db, parent: string): ForeignKey[] {
  const sql = `SELECT m.name AS "table", f."from" AS "from", f."table" AS parent, f.on_delete AS onDelete
    FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND ${OUTSIDE} AND f."table" = ?`;
  return statement(db, sql).all(parent) as ForeignKey[];
}

/** Foreign keys held by `table`, pointing at its parents. */
function referencesFrom(db: Db, table: string): ForeignKey[] {
  const sql = `SELECT ? AS "table", f."from" AS "from", f."table" AS parent, f.on_delete AS onDelete FROM pragma_foreign_key_list(?) f`;
  return statement(db, sql).all(table, table) as ForeignKey[];
}

function columnsOf(db: Db, table: string): Set<string> {
  const rows = statement(db, 'SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[];
  return new Set(rows.map((row) => row.name));
}

// Table and column names below come from sqlite_master and the pragmas, never from input.
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function rowsWhere(db: Db, table: string, column: string, value: number): Row[] {
  return statement(db, `SELECT * FROM ${quote(table)} WHERE ${quote(column)} = ? ORDER BY id`).all(value) as Row[];
}

export function findRow(db: Db, table: string, id: number): Row | undefined {
  return statement(db, `SELECT * FROM ${quote(table)} WHERE id = ?`).get(id) as Row | undefined;
}

/** Rows that would refuse the deletion (ON DELETE RESTRICT or NO ACTION), as "table" names. */
export function blockingReferences(db: Db, node: SnapshotNode): string[] {
  const own = referencesTo(db, node.table)
    .filter((fk) => fk.onDelete !== 'CASCADE' && fk.onDelete !== 'SET NULL')
    .filter((fk) => rowsWhere(db, fk.table, fk.from, node.row.id).length > 0)
    .map((fk) => fk.table);
  return [...new Set([...own, ...node.children.flatMap((child) => blockingReferences(db, child))])];
}

/**
 * Rows that go with a deleted row though no foreign key ties them to it (a member's places in the
 * visit's programme): kept as its children, so they are deleted with it and restored after it.
 */
export interface Companions {
  table: string;
  ids: number[];
}

export function takeSnapshot(db: Db, table: string, row: Row, companions?: Companions): Snapshot {
  const links: SnapshotLink[] = [];
  const visit = (nodeTable: string, nodeRow: Row): SnapshotNode => {
    const children: SnapshotNode[] = [];
    for (const fk of referencesTo(db, nodeTable)) {
      const referencing = rowsWhere(db, fk.table, fk.from, nodeRow.id);
      if (fk.onDelete === 'CASCADE') children.push(...referencing.map((child) => visit(fk.table, child)));
      if (fk.onDelete === 'SET NULL') {
        links.push(...referencing.map((other) => ({ table: fk.table, column: fk.from, id: other.id, parent: nodeTable, value: nodeRow.id })));
      }
    }
    return { table: nodeTable, row: nodeRow, children };
  };
  const root = visit(table, row);
  if (companions) root.children.push(...companions.ids.map((id) => visit(companions.table, findRow(db, companions.table, id) as Row)));
  return { root, links };
}

export function countRows(node: SnapshotNode): number {
  return 1 + node.children.reduce((sum, child) => sum + countRows(child), 0);
}

export function deleteRowOf(db: Db, table: string, id: number): void {
  statement(db, `DELETE FROM ${quote(table)} WHERE id = ?`).run(id);
}

/** A parent outside the snapshot that is gone, e.g. a participant's person deleted meanwhile. */
export interface MissingParent {
  table: string;
  column: string;
  parent: string;
}

/**
 * Puts the rows back with their uuids and, unless a new row has taken it meanwhile, their ids;
 * parents first. Foreign-key checks wait until the transaction commits, because rows inside a
 * snapshot may point at each other both ways (a person and their photo). Returns the missing
 * parents instead of writing when there are any, else the restored root's id.
 */
export function restoreSnapshot(db: Db, snapshot: Snapshot): { missing: MissingParent[] } | { id: number } {
  const inside = new Set<string>();
  const collect = (node: SnapshotNode) => {
    inside.add(`${node.table}:${node.row.id}`);
    node.children.forEach(collect);
  };
  collect(snapshot.root);
  const missing: MissingParent[] = [];
  const check = (node: SnapshotNode) => {
    for (const fk of referencesFrom(db, node.table)) {
      const value = node.row[fk.from];
      if (typeof value !== 'number' || inside.has(`${fk.parent}:${value}`) || findRow(db, fk.parent, value)) continue;
      // A reference that would have been set to NULL is dropped the same way; any other is needed.
      if (fk.onDelete === 'SET NULL') node.row[fk.from] = null;
      else missing.push({ table: node.table, column: fk.from, parent: fk.parent });
    }
    node.children.forEach(check);
  };
  check(snapshot.root);
  if (missing.length > 0) return { missing };

  db.pragma('defer_foreign_keys = ON');
  // SQLite hands the highest free id to the next new row, so a deleted newest visit's id may be
  // in use again by now; such a row comes back under a new id and its children follow it.
  const moved = new Map<string, number>();
  const insert = (node: SnapshotNode): void => {
    const row = { ...node.row };
    for (const fk of referencesFrom(db, node.table)) {
      const newId = moved.get(`${fk.parent}:${String(row[fk.from])}`);
      if (newId !== undefined) row[fk.from] = newId;
    }
    const known = columnsOf(db, node.table);
    const keepId = findRow(db, node.table, row.id) === undefined;
    const columns = Object.keys(row).filter((column) => known.has(column) && (keepId || column !== 'id'));
    const sql = `INSERT INTO ${quote(node.table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    const id = Number(statement(db, sql).run(...columns.map((column) => row[column])).lastInsertRowid);
    if (!keepId) moved.set(`${node.table}:${node.row.id}`, id);
  };
  // Level by level rather than branch by branch: the schema's triggers are not deferred, and a
  // visit's event participants need the visit's members, their parent's siblings, back first.
  for (let level = [snapshot.root]; level.length > 0; level = level.flatMap((node) => node.children)) level.forEach(insert);
  const id = moved.get(`${snapshot.root.table}:${snapshot.root.row.id}`) ?? snapshot.root.row.id;
  for (const link of snapshot.links) {
    const value = moved.get(`${link.parent}:${link.value}`) ?? link.value;
    const sql = `UPDATE ${quote(link.table)} SET ${quote(link.column)} = ? WHERE id = ? AND ${quote(link.column)} IS NULL`;
    statement(db, sql).run(value, link.id);
  }
  return { id };
}

export interface TrashRow {
  id: number;
  uuid: string;
  entity: string;
  source_table: string;
  source_id: number;
  source_uuid: string;
  label_az: string | null;
  label_ru: string | null;
  label_en: string | null;
  snapshot: string;
  deleted_at: string;
  deleted_by: string;
}

export function insertTrash(
  db: Db,
  entry: { entity: string; table: string; row: Row; label: LocalizedText; snapshot: Snapshot; at: string; actor: string },
): number {
  const sql = `INSERT INTO trash (uuid, entity, source_table, source_id, source_uuid, label_az, label_ru, label_en, snapshot, deleted_at, deleted_by)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
  const result = statement(db, sql).run(
    randomUUID(),
    entry.entity,
    entry.table,
    entry.row.id,
    String(entry.row.uuid),
    entry.label.az,
    entry.label.ru,
    entry.label.en,
    encodeSnapshot(entry.snapshot),
    entry.at,
    entry.actor,
  );
  return Number(result.lastInsertRowid);
}

export function findTrash(db: Db, id: number): TrashRow | undefined {
  return statement(db, 'SELECT * FROM trash WHERE id = ?').get(id) as TrashRow | undefined;
}

/** Newest first. */
export function listTrash(db: Db): TrashRow[] {
  return statement(db, 'SELECT * FROM trash ORDER BY deleted_at DESC, id DESC').all() as TrashRow[];
}

export function deleteTrash(db: Db, id: number): void {
  statement(db, 'DELETE FROM trash WHERE id = ?').run(id);
}
