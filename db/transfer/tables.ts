// The tables a bundle may carry, in an order where each row's required references come first,
// and their foreign keys as SQLite reports them (so a new column is carried without code changes).
import type { Db } from '../open';

export const TRANSFER_TABLES = [
  'organizations',
  'venues',
  'people',
  'visits',
  'visit_members',
  'events',
  'event_participants',
  'tasks',
  'agreements',
  'agreement_parties',
  'agreement_signatories',
  'agreement_activities',
  'documents',
] as const;
export type TransferTable = (typeof TRANSFER_TABLES)[number];
export const isTransferTable = (name: string): name is TransferTable => (TRANSFER_TABLES as readonly string[]).includes(name);

export interface ForeignKey {
  column: string;
  table: string;
  required: boolean;
}

export interface TableShape {
  columns: string[];
  foreignKeys: ForeignKey[];
}

/** Columns (without `id`) and foreign keys of each transfer table, read from the schema. */
export function tableShapes(db: Db): Record<TransferTable, TableShape> {
  return Object.fromEntries(
    TRANSFER_TABLES.map((table) => {
      const info = db.pragma(`table_info(${table})`) as { name: string; notnull: number }[];
      const keys = db.pragma(`foreign_key_list(${table})`) as { from: string; table: string }[];
      return [
        table,
        {
          columns: info.map((column) => column.name).filter((name) => name !== 'id'),
          foreignKeys: keys.map((key) => ({ column: key.from, table: key.table, required: info.find((column) => column.name === key.from)?.notnull === 1 })),
        },
      ];
    }),
  ) as Record<TransferTable, TableShape>;
}

/** The rows that belong to a chosen visit or agreement and travel with it. */
export const CHILDREN: Partial<Record<TransferTable, { table: TransferTable; column: string }[]>> = {
  visits: [
    { table: 'visit_members', column: 'visit_id' },
    { table: 'events', column: 'visit_id' },
    { table: 'tasks', column: 'visit_id' },
    { table: 'documents', column: 'visit_id' },
  ],
  events: [{ table: 'event_participants', column: 'event_id' }],
  agreements: [
    { table: 'agreement_parties', column: 'agreement_id' },
    { table: 'agreement_signatories', column: 'agreement_id' },
    { table: 'agreement_activities', column: 'agreement_id' },
    { table: 'documents', column: 'agreement_id' },
  ],
  people: [{ table: 'documents', column: 'person_id' }],
};
