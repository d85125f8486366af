// The one way a handler changes data: in a single transaction with its audit entry, all or nothing.
import type { AuditEntry, FieldIssue } from '../../domain/contract';
import { appendAuditEntry } from '../../db/audit.repo';
import { deleteRow, rowExists, uuidOf, type Table } from '../../db/rows';
import { writeTransaction } from '../../db/transactions';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError, ValidationError } from './errors';

/**
 * Every write of a handler: one immediate transaction (it waits for another program's write
 * instead of failing), refused up front while the database can only be read.
 */
export function inTransaction<T>(ctx: HandlerContext, work: () => T): T {
  if (ctx.db.readonly) throw new ConflictError('conflict.readOnly');
  return writeTransaction(ctx.db, work);
}

export function timestamp(ctx: HandlerContext): string {
  return ctx.now().toISOString();
}

export function recordAudit(
  ctx: HandlerContext,
  action: AuditEntry['action'],
  entity: string,
  entityUuid: string | null,
  details: Record<string, unknown> = {},
): void {
  appendAuditEntry(ctx.db, { at: timestamp(ctx), actor: ctx.actor, action, entity, entityUuid, details });
}

/** Top-level fields whose value differs; the audit log names them, so a reviewer sees what was edited. */
export function changedFields(before: object, after: object): string[] {
  const old = before as Record<string, unknown>;
  return Object.entries(after)
    .filter(([key, value]) => key !== 'updatedAt' && JSON.stringify(value) !== JSON.stringify(old[key]))
    .map(([key]) => key);
}

export interface Reference {
  path: (string | number)[];
  table: Table;
  id: number | null | undefined;
}

/** Refuses input that points at rows that don't exist, naming every such field at once. */
export function checkReferences(ctx: HandlerContext, references: Reference[]): void {
  const issues: FieldIssue[] = references
    .filter((reference) => reference.id != null && !rowExists(ctx.db, reference.table, reference.id))
    .map((reference) => ({ path: reference.path, messageKey: 'validation.unknownReference' }));
  if (issues.length > 0) throw new ValidationError('validation.unknownReference', undefined, issues);
}

export interface EntityStore<Input, Output> {
  entity: string;
  find: (ctx: HandlerContext, id: number) => Output | undefined;
  insert: (ctx: HandlerContext, input: Input, at: string) => number;
  update: (ctx: HandlerContext, id: number, input: Input, at: string) => void;
  /** Checks of references and rules, run inside the transaction before anything is written. */
  validate?: (ctx: HandlerContext, input: Input) => void;
  /** Rules that depend on the stored row, e.g. an allowed status change. */
  beforeUpdate?: (before: Output, input: Input) => void;
}

export function findOrThrow<Output>(
  ctx: HandlerContext,
  store: Pick<EntityStore<unknown, Output>, 'entity' | 'find'>,
  id: number,
): Output {
  const found = store.find(ctx, id);
  if (found === undefined) throw new NotFoundError(store.entity, id);
  return found;
}

/** Creates (no `id`) or updates a row, with its audit entry, in one transaction. */
export function saveAudited<Input extends { id?: number }, Output extends { uuid: string }>(
  ctx: HandlerContext,
  store: EntityStore<Input, Output>,
  input: Input,
): Output {
  return inTransaction(ctx, () => {
    const at = timestamp(ctx);
    const id = input.id;
    if (id === undefined) {
      store.validate?.(ctx, input);
      const created = findOrThrow(ctx, store, store.insert(ctx, input, at));
      recordAudit(ctx, 'create', store.entity, created.uuid);
      return created;
    }
    const before = findOrThrow(ctx, store, id);
    store.validate?.(ctx, input);
    store.beforeUpdate?.(before, input);
    store.update(ctx, id, input, at);
    const after = findOrThrow(ctx, store, id);
    recordAudit(ctx, 'update', store.entity, after.uuid, { changed: changedFields(before, after) });
    return after;
  });
}

/** Deletes a row with its audit entry. A row still referenced elsewhere is refused by the schema (conflict.referenced). */
export function deleteAudited(ctx: HandlerContext, entity: string, table: Table, id: number): { deleted: true } {
  return inTransaction(ctx, () => {
    const uuid = uuidOf(ctx.db, table, id);
    if (uuid === undefined) throw new NotFoundError(entity, id);
    deleteRow(ctx.db, table, id);
    recordAudit(ctx, 'delete', entity, uuid);
    return { deleted: true as const };
  });
}

/** For lists scoped to a parent (a visit's programme): an unknown parent is NotFound, not an empty list. */
export function requireRow(ctx: HandlerContext, entity: string, table: Table, id: number): void {
  if (!rowExists(ctx.db, table, id)) throw new NotFoundError(entity, id);
}
