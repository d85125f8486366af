// Gathers what a bundle carries: the chosen visits and agreements, the rows that belong to them,
// and every row they refer to (people, organisations with their parents, venues…), by following
// the schema's foreign keys until nothing new turns up.
import type { Db } from '../open';
import type { BundleRecord, Cell } from './bundle';
import { CHILDREN, isTransferTable, tableShapes, type TransferTable } from './tables';

type Row = Record<string, unknown> & { id: number; uuid: string };

/** `readDocument` gives a stored document's bytes, checked against the row's hash. */
export function collectRecords(
  db: Db,
  chosen: { visits: number[]; agreements: number[] },
  readDocument: (uuid: string, sha256: string) => Buffer,
): Omit<BundleRecord, 'sha256'>[] {
  const shapes = tableShapes(db);
  const found = new Map<string, { table: TransferTable; row: Row }>();
  const queue: { table: TransferTable; row: Row }[] = [];
  const add = (table: TransferTable, row: Row | undefined, withChildren: boolean) => {
    if (!row || found.has(`${table}:${row.id}`)) return;
    found.set(`${table}:${row.id}`, { table, row });
    queue.push({ table, row });
    if (!withChildren) return;
    for (const child of CHILDREN[table] ?? []) {
      for (const childRow of db.prepare(`SELECT * FROM ${child.table} WHERE ${child.column} = ?`).all(row.id) as Row[]) add(child.table, childRow, true);
    }
  };
  const byId = (table: TransferTable, id: unknown) => db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  for (const id of chosen.visits) add('visits', byId('visits', id), true);
  for (const id of chosen.agreements) add('agreements', byId('agreements', id), true);
  // A referenced row comes alone (a signing visit without its programme); its own references follow it.
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const key of shapes[next.table].foreignKeys) {
      if (next.row[key.column] != null && isTransferTable(key.table)) add(key.table, byId(key.table, next.row[key.column]), false);
    }
  }

  const uuidOf = (table: string, id: unknown) => (db.prepare(`SELECT uuid FROM ${table} WHERE id = ?`).get(id) as { uuid: string }).uuid;
  return [...found.values()].map(({ table, row }) => {
    const cells: Record<string, Cell> = {};
    for (const column of shapes[table].columns) {
      const value = row[column];
      const key = shapes[table].foreignKeys.find((foreign) => foreign.column === column);
      if (key && value != null) cells[column] = { ref: uuidOf(key.table, value) };
      else if (Buffer.isBuffer(value)) cells[column] = { base64: value.toString('base64') };
      else cells[column] = (value ?? null) as Cell;
    }
    const fileBase64 = table === 'documents' ? readDocument(row.uuid, String(row.sha256)).toString('base64') : undefined;
    return { table, uuid: row.uuid, row: cells, fileBase64 };
  });
}
