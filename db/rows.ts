// Row-level statements shared by every repository. Table names come from a closed list and
// column names from the keys of objects each repository builds in code; values are always bound.
import type { Db } from './open';
import { statement } from './statements';

export type Table =
  | 'organizations'
  | 'people'
  | 'venues'
  | 'venue_travel_times'
  | 'visits'
  | 'visit_members'
  | 'events'
  | 'event_participants'
  | 'tasks'
  | 'agreements'
  | 'agreement_parties'
  | 'agreement_signatories'
  | 'agreement_activities'
  | 'documents'
  | 'register_filters';

export type Values = Record<string, string | number | null>;

export function rowExists(db: Db, table: Table, id: number): boolean {
  return statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function uuidOf(db: Db, table: Table, id: number): string | undefined {
  return (statement(db, `SELECT uuid FROM ${table} WHERE id = ?`).get(id) as { uuid: string } | undefined)?.uuid;
}

/** Finds a row's local id by its stable UUID (the key records keep when they travel between PCs). */
export function idByUuid(db: Db, table: Table, uuid: string): number | undefined {
  return (statement(db, `SELECT id FROM ${table} WHERE uuid = ?`).get(uuid) as { id: number } | undefined)?.id;
}

/** Inserts a row and returns its id. */
export function insertRow(db: Db, table: Table, values: Values): number {
  const columns = Object.keys(values);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`;
  return Number(statement(db, sql).run(values).lastInsertRowid);
}

export function updateRow(db: Db, table: Table, id: number, values: Values): void {
  const assignments = Object.keys(values).map((column) => `${column} = @${column}`);
  statement(db, `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @id`).run({ ...values, id });
}

/** Deletes one row; false when there was none. Foreign keys decide what cascades and what refuses. */
export function deleteRow(db: Db, table: Table, id: number): boolean {
  return statement(db, `DELETE FROM ${table} WHERE id = ?`).run(id).changes > 0;
}

/** Whether the office holds any record at all: an office in use, not one starting for the first time. */
export function holdsAnyRecord(db: Db): boolean {
  const sql = 'SELECT EXISTS (SELECT 1 FROM organizations) OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM visits) AS held';
  return (statement(db, sql).get() as { held: number }).held === 1;
}
