// Every record of a verified bundle checked against this database's own schema before anything is
// written: each cell's type as the column declares it, required columns, references that resolve,
// and each document's size, stated size and hash. Per-table rules are read from the schema
// (PRAGMA table_info, foreign_key_list), so a new column is checked without code changes; what
// the forms require of the rows' content is checked after the merge, through the app's readers.
import { createHash } from 'node:crypto';
import type { Db } from '../open';
import { BundleError, type Bundle, type BundleRecord, type Cell } from './bundle';
import { isTransferTable, tableShapes, type TableShape, type TransferTable } from './tables';

/** Far beyond any form's field; the forms' own limits are checked after the merge. */
const MAX_TEXT_CELL = 100_000;
/** A person's photo is at most 256 KB; no other BLOB column travels. */
const MAX_BLOB_BASE64 = 400_000;

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: unknown;
}

const isRef = (cell: Cell | undefined): cell is { ref: string } => cell !== null && typeof cell === 'object' && 'ref' in cell;
const existsLocally = (db: Db, table: string, uuid: string) => db.prepare(`SELECT 1 FROM ${table} WHERE uuid = ?`).get(uuid) !== undefined;
const localDocumentHash = (db: Db, uuid: string) => (db.prepare('SELECT sha256 FROM documents WHERE uuid = ?').get(uuid) as { sha256: string } | undefined)?.sha256;

/** Whether a cell fits the column as SQLite declares it (SQLite itself would store anything). */
function fitsColumn(cell: Cell, column: Column): boolean {
  if (cell === null) return column.notnull === 0;
  const type = column.type.toUpperCase();
  if (typeof cell === 'object') return 'base64' in cell && type === 'BLOB' && cell.base64.length <= MAX_BLOB_BASE64;
  if (type === 'TEXT') return typeof cell === 'string' && cell.length <= MAX_TEXT_CELL;
  if (type === 'INTEGER') return typeof cell === 'number' && Number.isSafeInteger(cell);
  if (type === 'REAL') return typeof cell === 'number';
  return false;
}

function checkCells(db: Db, record: BundleRecord, shape: TableShape, columns: Column[], carried: Set<string>): void {
  const place = { table: record.table, record: record.uuid };
  if (record.row.uuid !== record.uuid) throw new BundleError('malformed', place);
  for (const [name, cell] of Object.entries(record.row)) {
    // Local row ids never travel: a bundle names rows by UUID only.
    const column = name === 'id' ? undefined : columns.find((candidate) => candidate.name === name);
    if (!column) throw new BundleError('malformed', { ...place, column: name.slice(0, 64) });
    const key = shape.foreignKeys.find((foreign) => foreign.column === name);
    if (key) {
      if (cell === null && !key.required) continue;
      if (!isRef(cell)) throw new BundleError('invalidRecord', { ...place, column: name });
      // A parent must come along or be here already, optional or not: a missing one is not "none".
      if (!carried.has(`${key.table}:${cell.ref}`) && !existsLocally(db, key.table, cell.ref)) throw new BundleError('missingParent', { ...place, column: name });
    } else if (isRef(cell) || !fitsColumn(cell, column)) {
      throw new BundleError('invalidRecord', { ...place, column: name });
    }
  }
  for (const column of columns) {
    const required = column.notnull === 1 && column.dflt_value === null && column.name !== 'id';
    if (required && !(column.name in record.row)) throw new BundleError('invalidRecord', { ...place, column: column.name });
  }
}

/** A document's bytes: within this office's size limit, as large as stated, hashing as stated, and never new bytes under a known UUID. */
function checkDocument(db: Db, record: BundleRecord, maxDocumentBytes: number): void {
  const place = { table: record.table, record: record.uuid };
  if (record.fileBase64 === undefined) throw new BundleError('invalidRecord', place);
  // base64 is 4 characters per 3 bytes: a file over the limit is refused before it is decoded.
  if (record.fileBase64.length > Math.ceil(maxDocumentBytes / 3) * 4 + 4) throw new BundleError('documentTooLarge', place);
  const bytes = Buffer.from(record.fileBase64, 'base64');
  if (bytes.length > maxDocumentBytes) throw new BundleError('documentTooLarge', place);
  if (record.row.size_bytes !== bytes.length) throw new BundleError('invalidRecord', { ...place, column: 'size_bytes' });
  if (createHash('sha256').update(bytes).digest('hex') !== record.row.sha256) throw new BundleError('tampered', place);
  const local = localDocumentHash(db, record.uuid);
  if (local !== undefined && local !== record.row.sha256) throw new BundleError('documentChanged', place);
}

/** Refuses, with the record and column named, anything in the bundle this database would not take as the forms give it. */
export function checkBundle(db: Db, bundle: Bundle, options: { maxDocumentBytes: number }): Record<TransferTable, TableShape> {
  const shapes = tableShapes(db);
  const columnsOf = new Map<string, Column[]>();
  const carried = new Set(bundle.records.map((record) => `${record.table}:${record.uuid}`));
  for (const record of bundle.records) {
    if (!isTransferTable(record.table)) throw new BundleError('malformed', { table: record.table.slice(0, 64) });
    if (!columnsOf.has(record.table)) columnsOf.set(record.table, db.pragma(`table_info(${record.table})`) as Column[]);
    checkCells(db, record, shapes[record.table], columnsOf.get(record.table)!, carried);
    if (record.table === 'documents') checkDocument(db, record, options.maxDocumentBytes);
    else if (record.fileBase64 !== undefined) throw new BundleError('malformed', { table: record.table, record: record.uuid });
  }
  return shapes;
}
