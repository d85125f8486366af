// Deleting a visit, a person, an event, an agreement or a visit's member moves it to the trash,
// from where it can be restored: nothing an officer deletes silently disappears.
import type { ChannelOutput, LocalizedText, ParsedInput, TrashEntry } from '../../domain/contract';
import {
  blockingReferences,
  countRows,
  deleteRowOf,
  decodeSnapshot,
  deleteTrash,
  findRow,
  findTrash,
  insertTrash,
  listTrash as listRows,
  restoreSnapshot,
  takeSnapshot,
  type Companions,
  type TrashRow,
} from '../../db/trash.repo';
import type { Table } from '../../db/rows';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError } from './errors';
import { inTransaction, recordAudit, timestamp } from './saving';

/** The audit log's and the interface's name for what each table holds. */
const ENTITY: Partial<Record<Table, string>> = {
  visits: 'visit',
  people: 'person',
  events: 'event',
  agreements: 'agreement',
  visit_members: 'visitMember',
};

/** What the trash list shows: the row's name or title, whichever it has. */
function labelOf(row: Record<string, unknown>): LocalizedText {
  const text = (prefix: string, lang: string) => {
    const value = row[`${prefix}_${lang}`];
    return typeof value === 'string' ? value : null;
  };
  const prefix = 'title_en' in row ? 'title' : 'name';
  return { az: text(prefix, 'az'), ru: text(prefix, 'ru'), en: text(prefix, 'en') };
}

/** What the schema alone doesn't tell about a row (a delegation member): its label, and the rows that go with it. */
export interface TrashExtras {
  label?: LocalizedText;
  companions?: Companions;
}

/**
 * Deletes a row with everything that cascades from it, keeping a snapshot in the trash, in one
 * transaction with its audit entry. Rows that must not lose their reference (a person still on
 * a visit's delegation) refuse the deletion with `conflict.referenced`, as the schema would.
 * Companions are deleted before the row, as the schema's triggers may require.
 */
export function moveToTrash(ctx: HandlerContext, table: Table, id: number, extras: TrashExtras = {}): { deleted: true; trashId: number } {
  const entity = ENTITY[table] ?? table;
  return inTransaction(ctx, () => {
    const row = findRow(ctx.db, table, id);
    if (row === undefined) throw new NotFoundError(entity, id);
    const snapshot = takeSnapshot(ctx.db, table, row, extras.companions);
    const blocking = blockingReferences(ctx.db, snapshot.root);
    if (blocking.length > 0) throw new ConflictError('conflict.referenced', { entity, tables: blocking.join(', ') });
    const label = extras.label ?? labelOf(row);
    const trashId = insertTrash(ctx.db, { entity, table, row, label, snapshot, at: timestamp(ctx), actor: ctx.actor });
    const { companions } = extras;
    if (companions) companions.ids.forEach((companionId) => deleteRowOf(ctx.db, companions.table, companionId));
    deleteRowOf(ctx.db, table, id);
    recordAudit(ctx, 'delete', entity, String(row.uuid), { trashId, rows: countRows(snapshot.root) });
    return { deleted: true as const, trashId };
  });
}

function toEntry(row: TrashRow): TrashEntry {
  const snapshot = decodeSnapshot(row.snapshot);
  return {
    id: row.id,
    uuid: row.uuid,
    entity: row.entity,
    sourceId: row.source_id,
    sourceUuid: row.source_uuid,
    label: { az: row.label_az, ru: row.label_ru, en: row.label_en },
    childCount: countRows(snapshot.root) - 1,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
  };
}

export const listTrash = (ctx: HandlerContext): TrashEntry[] => listRows(ctx.db).map(toEntry);

/** Puts the rows back as they were, in one transaction with its audit entry, and empties that place in the trash. */
export function restoreFromTrash(ctx: HandlerContext, input: ParsedInput<'trash:restore'>): ChannelOutput<'trash:restore'> {
  return inTransaction(ctx, () => {
    const entry = findTrash(ctx.db, input.id);
    if (entry === undefined) throw new NotFoundError('trash', input.id);
    const restored = restoreSnapshot(ctx.db, decodeSnapshot(entry.snapshot));
    if ('missing' in restored) {
      const parents = [...new Set(restored.missing.map((missing) => missing.parent))].join(', ');
      throw new ConflictError('conflict.trashParentGone', { entity: entry.entity, parents });
    }
    deleteTrash(ctx.db, entry.id);
    recordAudit(ctx, 'restore', entry.entity, entry.source_uuid, { trashId: entry.id, id: restored.id });
    return { entity: entry.entity, id: restored.id };
  });
}
