// Merging a verified bundle by stable UUID: the preview says, per record, whether it would be
// added, updated, left alone or is in conflict; the merge applies it in the caller's transaction.
import type { Db } from '../open';
import { BundleError, canonical, type Bundle, type BundleRecord, type Cell } from './bundle';
import { TRANSFER_TABLES, type TableShape, type TransferTable } from './tables';

export type RecordStatus = 'added' | 'updated' | 'unchanged' | 'conflicting';
export type Choice = 'incoming' | 'local';

/** What the officer reads for a record, in each language the record has (a file name or a person's name for link rows). */
export type Label = { az: string | null; ru: string | null; en: string | null };

export interface PreviewItem {
  table: TransferTable;
  uuid: string;
  label: Label;
  status: RecordStatus;
  localUpdatedAt: string | null;
  incomingUpdatedAt: string | null;
  /** Newer wins: the bundle's version when it is newer, ours when ours is newer (or as new). */
  defaultChoice: Choice;
}

type Row = Record<string, unknown> & { id: number };

const localRow = (db: Db, table: string, uuid: string) => db.prepare(`SELECT * FROM ${table} WHERE uuid = ?`).get(uuid) as Row | undefined;

function asCells(db: Db, shape: TableShape, row: Row, columns: string[]): Record<string, Cell> {
  return Object.fromEntries(
    columns.map((column) => {
      const value = row[column];
      const key = shape.foreignKeys.find((foreign) => foreign.column === column);
      if (key && value != null) return [column, { ref: (db.prepare(`SELECT uuid FROM ${key.table} WHERE id = ?`).get(value) as { uuid: string }).uuid }];
      if (Buffer.isBuffer(value)) return [column, { base64: value.toString('base64') }];
      return [column, (value ?? null) as Cell];
    }),
  );
}

const text = (value: Cell | undefined) => (typeof value === 'string' ? value : null);
function ownLabel(row: Record<string, Cell>): Label | null {
  for (const field of ['name', 'title']) {
    const label = { az: text(row[`${field}_az`]), ru: text(row[`${field}_ru`]), en: text(row[`${field}_en`]) };
    if (label.az ?? label.ru ?? label.en) return label;
  }
  const fileName = text(row.file_name);
  return fileName ? { az: fileName, ru: fileName, en: fileName } : null;
}

/** A link row (a delegation member, a party) is named by the person or organisation it links, when the bundle has it. */
function labelOf(record: BundleRecord, byUuid: Map<string, BundleRecord>): Label {
  const own = ownLabel(record.row);
  if (own) return own;
  for (const cell of Object.values(record.row)) {
    const linked = cell !== null && typeof cell === 'object' && 'ref' in cell ? byUuid.get(cell.ref) : undefined;
    if (linked && (linked.table === 'people' || linked.table === 'organizations')) return ownLabel(linked.row) ?? { az: null, ru: null, en: record.uuid };
  }
  return { az: null, ru: null, en: record.uuid };
}

/** Whether a row new to us by UUID is already here by its natural key (the same person at the same event, entered on both PCs). */
function presentByNaturalKey(db: Db, table: string, record: BundleRecord): boolean {
  const indexes = (db.pragma(`index_list(${table})`) as { name: string; unique: number; partial: number }[]).filter((index) => index.unique && !index.partial);
  return indexes.some((index) => {
    const columns = (db.pragma(`index_info(${index.name})`) as { name: string }[]).map((column) => column.name);
    if (columns.includes('uuid') || columns.includes('id')) return false;
    const values = columns.map((column) => {
      const cell = record.row[column];
      if (cell !== null && typeof cell === 'object' && 'ref' in cell) return (db.prepare('SELECT id FROM ' + refTable(db, table, column) + ' WHERE uuid = ?').get(cell.ref) as { id: number } | undefined)?.id;
      return cell;
    });
    if (values.some((value) => value === undefined || value === null)) return false;
    return db.prepare(`SELECT 1 FROM ${table} WHERE ${columns.map((column) => `${column} = ?`).join(' AND ')}`).get(...values) !== undefined;
  });
}
const refTable = (db: Db, table: string, column: string) =>
  (db.pragma(`foreign_key_list(${table})`) as { from: string; table: string }[]).find((key) => key.from === column)?.table ?? table;

/** Timestamps differ whenever the same data was entered on two PCs; only what the officer sees counts. */
const content = (cells: Record<string, Cell>) => canonical({ ...cells, created_at: undefined, updated_at: undefined });

/** Called once per record, so a long job can report progress and stop when asked (by throwing). */
export type OnRecord = () => void;

/** What each record would do. `shapes` comes from checkBundle, which must have passed. */
export function previewBundle(db: Db, bundle: Bundle, shapes: Record<TransferTable, TableShape>, onRecord: OnRecord = () => {}): PreviewItem[] {
  const byUuid = new Map(bundle.records.map((record) => [record.uuid, record]));
  return bundle.records.map((record) => {
    onRecord();
    const table = record.table as TransferTable;
    const local = localRow(db, table, record.uuid);
    const incomingUpdatedAt = text(record.row.updated_at);
    const localUpdatedAt = typeof local?.updated_at === 'string' ? local.updated_at : null;
    let status: RecordStatus = presentByNaturalKey(db, table, record) ? 'unchanged' : 'added';
    if (local) {
      const same = content(asCells(db, shapes[table], local, Object.keys(record.row))) === content(record.row);
      status = same ? 'unchanged' : localUpdatedAt !== null && incomingUpdatedAt !== null && localUpdatedAt >= incomingUpdatedAt ? 'conflicting' : 'updated';
    }
    return { table, uuid: record.uuid, label: labelOf(record, byUuid), status, localUpdatedAt, incomingUpdatedAt, defaultChoice: status === 'conflicting' ? 'local' : 'incoming' };
  });
}

export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
  keptLocal: number;
}

/**
 * Writes the bundle's records, table by table in reference order, translating each `{ ref }` to
 * our row id. Call inside a transaction: any refusal (a missing required reference, a constraint)
 * throws and nothing is kept. `storeFile` writes a document's bytes before the commit.
 */
export function mergeBundle(
  db: Db,
  bundle: Bundle,
  shapes: Record<TransferTable, TableShape>,
  choices: Record<string, Choice>,
  storeFile: (uuid: string, bytes: Buffer) => void,
  onRecord: OnRecord = () => {},
): MergeResult {
  const preview = new Map(previewBundle(db, bundle, shapes).map((item) => [item.uuid, item]));
  const result: MergeResult = { added: 0, updated: 0, unchanged: 0, keptLocal: 0 };
  const later: { table: string; uuid: string; column: string; ref: { table: string; uuid: string } }[] = [];
  const idOf = (table: string, uuid: string) => (db.prepare(`SELECT id FROM ${table} WHERE uuid = ?`).get(uuid) as { id: number } | undefined)?.id;

  for (const table of TRANSFER_TABLES) {
    for (const record of bundle.records.filter((candidate) => candidate.table === table)) {
      onRecord();
      const item = preview.get(record.uuid);
      if (!item || item.status === 'unchanged') {
        result.unchanged++;
        continue;
      }
      if ((choices[record.uuid] ?? item.defaultChoice) === 'local') {
        result.keptLocal++;
        continue;
      }
      const values: Record<string, string | number | Buffer | null> = {};
      for (const [column, cell] of Object.entries(record.row)) {
        const key = shapes[table].foreignKeys.find((foreign) => foreign.column === column);
        if (cell !== null && typeof cell === 'object' && 'ref' in cell && key) {
          const id = idOf(key.table, cell.ref);
          // A reference to a row that comes later in the same table (an organisation's parent) is
          // set afterwards; checkBundle made sure it comes.
          if (id === undefined && key.required) throw new BundleError('missingParent', { table, record: record.uuid, column });
          if (id === undefined) later.push({ table, uuid: record.uuid, column, ref: { table: key.table, uuid: cell.ref } });
          values[column] = id ?? null;
        } else if (cell !== null && typeof cell === 'object') {
          values[column] = 'base64' in cell ? Buffer.from(cell.base64, 'base64') : null;
        } else {
          values[column] = cell;
        }
      }
      const columns = Object.keys(values);
      const params = Object.fromEntries(columns.map((column, index) => [`v${index}`, values[column] ?? null]));
      if (item.status === 'added') {
        // The same link made on both PCs (a person at an event) has two UUIDs but one natural key: ours stays.
        const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, index) => `@v${index}`).join(', ')}) ON CONFLICT DO NOTHING`;
        if (db.prepare(sql).run(params).changes === 0) {
          result.unchanged++;
          continue;
        }
        result.added++;
      } else {
        db.prepare(`UPDATE ${table} SET ${columns.map((column, index) => `${column} = @v${index}`).join(', ')} WHERE uuid = @uuid`).run({ ...params, uuid: record.uuid });
        result.updated++;
      }
      if (table === 'documents') storeFile(record.uuid, Buffer.from(record.fileBase64 ?? '', 'base64'));
    }
  }
  for (const pending of later) {
    const id = idOf(pending.ref.table, pending.ref.uuid);
    if (id === undefined) throw new BundleError('missingParent', { table: pending.table, record: pending.uuid, column: pending.column });
    db.prepare(`UPDATE ${pending.table} SET ${pending.column} = ? WHERE uuid = ?`).run(id, pending.uuid);
  }
  return result;
}
