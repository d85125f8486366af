// Finds a row's local id by its stable UUID. Table names come from db/rows.ts's closed list.
import type { Db } from '../open';
import type { Table } from '../rows';
import { statement } from '../statements';

export function idByUuid(db: Db, table: Table, uuid: string): number | undefined {
  return (statement(db, `SELECT id FROM ${table} WHERE uuid = ?`).get(uuid) as { id: number } | undefined)?.id;
}
