// After a merge, and before its commit, every record the bundle wrote is read back through the
// app's own handler for it and checked against that channel's output schema: the rows must be
// what the forms would have saved (types, lengths, required names), or nothing is kept.
import { contract, type Channel } from '../../domain/contract';
import { handlers } from '.';
import type { TransferTable } from '../../db/transfer/tables';
import type { HandlerContext } from './context';
import { BundleError, type Bundle } from '../../db/transfer/bundle';

interface Reader {
  channel: Channel;
  /** The reader's input for the row, from the row's own id and its parent's. */
  input: (ctx: HandlerContext, id: number) => Record<string, unknown>;
}

const column = (ctx: HandlerContext, table: string, name: string, id: number) =>
  (ctx.db.prepare(`SELECT ${name} AS value FROM ${table} WHERE id = ?`).get(id) as { value: number }).value;
const own = (_ctx: HandlerContext, id: number) => ({ id });

function documentOwner(ctx: HandlerContext, id: number) {
  const row = ctx.db.prepare('SELECT visit_id, agreement_id, person_id FROM documents WHERE id = ?').get(id) as Record<string, number | null>;
  const owner = row.visit_id ? { visitId: row.visit_id } : row.agreement_id ? { agreementId: row.agreement_id } : { personId: row.person_id };
  return { owner };
}

const READERS: Record<TransferTable, Reader> = {
  organizations: { channel: 'organizations:get', input: own },
  venues: { channel: 'venues:get', input: own },
  people: { channel: 'people:get', input: own },
  visits: { channel: 'visits:get', input: own },
  visit_members: { channel: 'visits:get', input: (ctx, id) => ({ id: column(ctx, 'visit_members', 'visit_id', id) }) },
  events: { channel: 'events:get', input: own },
  event_participants: { channel: 'events:get', input: (ctx, id) => ({ id: column(ctx, 'event_participants', 'event_id', id) }) },
  tasks: { channel: 'tasks:list', input: (ctx, id) => ({ visitId: column(ctx, 'tasks', 'visit_id', id) }) },
  agreements: { channel: 'agreements:get', input: own },
  agreement_parties: { channel: 'agreements:get', input: (ctx, id) => ({ id: column(ctx, 'agreement_parties', 'agreement_id', id) }) },
  agreement_signatories: { channel: 'agreements:get', input: (ctx, id) => ({ id: column(ctx, 'agreement_signatories', 'agreement_id', id) }) },
  agreement_activities: { channel: 'activities:list', input: (ctx, id) => ({ agreementId: column(ctx, 'agreement_activities', 'agreement_id', id) }) },
  documents: { channel: 'documents:list', input: documentOwner },
};

/** Reads back each written record through its handler; the first that fails its contract refuses the bundle. */
export function checkWrittenRecords(ctx: HandlerContext, bundle: Bundle, onRecord: () => void): void {
  const checked = new Set<string>();
  for (const record of bundle.records) {
    onRecord();
    const table = record.table as TransferTable;
    const id = (ctx.db.prepare(`SELECT id FROM ${table} WHERE uuid = ?`).get(record.uuid) as { id: number } | undefined)?.id;
    if (id === undefined) continue;
    const reader = READERS[table];
    const input = reader.input(ctx, id);
    const key = `${reader.channel}:${JSON.stringify(input)}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const place = { table, record: record.uuid };
    try {
      const handler = handlers[reader.channel] as (ctx: HandlerContext, input: unknown) => unknown;
      // The readers are synchronous, as every read of better-sqlite3 is; the check runs inside the transaction.
      const value = handler(ctx, contract[reader.channel].input.parse(input));
      if (!contract[reader.channel].output.safeParse(value).success) throw new BundleError('invalidRecord', place);
    } catch (error) {
      if (error instanceof BundleError) throw error;
      throw new BundleError('invalidRecord', place);
    }
  }
}
