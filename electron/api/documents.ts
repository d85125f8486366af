import { randomUUID } from 'node:crypto';
import type { ChannelOutput, DocumentOwner, ParsedInput, StoredDocument } from '../../domain/contract';
import { findDocument, insertDocument, listDocuments as listRows, ownerColumn, setDocumentTrashed } from '../../db/documents.repo';
import type { Table } from '../../db/rows';
import type { HandlerContext } from './context';
import { discardDocumentFile, readDocumentFile, sha256, sniffPreview, writeDocumentFile } from './document-files';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import { findOrThrow, inTransaction, recordAudit, requireRow, timestamp } from './saving';
import { getSettings } from './settings';

const store = { entity: 'document', find: (ctx: HandlerContext, id: number) => findDocument(ctx.db, id) };
const OWNER_TABLES: Record<ReturnType<typeof ownerColumn>['column'], { entity: string; table: Table }> = {
  agreement_id: { entity: 'agreement', table: 'agreements' },
  visit_id: { entity: 'visit', table: 'visits' },
  person_id: { entity: 'person', table: 'people' },
};

function requireOwner(ctx: HandlerContext, owner: DocumentOwner): void {
  const { column, id } = ownerColumn(owner);
  requireRow(ctx, OWNER_TABLES[column].entity, OWNER_TABLES[column].table, id);
}

/** deleted_at is stored to the second, as every instant in the schema. */
const instant = (ctx: HandlerContext): string => `${timestamp(ctx).slice(0, 19)}Z`;

export function listDocuments(ctx: HandlerContext, input: ParsedInput<'documents:list'>): StoredDocument[] {
  requireOwner(ctx, input.owner);
  return listRows(ctx.db, input.owner, input.trashed);
}

/**
 * Stores the file and its row together: the file is written (temp name, then rename) inside the
 * transaction, so a failed insert removes the file and a failed write inserts no row.
 */
export function addDocument(ctx: HandlerContext, input: ParsedInput<'documents:add'>): StoredDocument {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const { documentSizeLimitMb } = getSettings(ctx);
  if (bytes.length > documentSizeLimitMb * 1024 * 1024) {
    throw new ValidationError('validation.documentTooLarge', { limitMb: documentSizeLimitMb });
  }
  const uuid = randomUUID();
  try {
    return inTransaction(ctx, () => {
      requireOwner(ctx, input.owner);
      const digest = sha256(bytes);
      writeDocumentFile(ctx.dataDir, uuid, bytes);
      const id = insertDocument(
        ctx.db,
        {
          uuid,
          owner: input.owner,
          fileName: input.fileName,
          mediaType: input.mediaType || 'application/octet-stream',
          kind: input.kind,
          sizeBytes: bytes.length,
          sha256: digest,
          language: input.language,
          version: input.version,
        },
        timestamp(ctx),
      );
      recordAudit(ctx, 'create', 'document', uuid, { fileName: input.fileName, sha256: digest, sizeBytes: bytes.length });
      return findOrThrow(ctx, store, id);
    });
  } catch (error) {
    discardDocumentFile(ctx.dataDir, uuid);
    throw error;
  }
}

/** The bytes, after checking they are still the ones stored: a changed or missing file is refused. */
export function readDocument(ctx: HandlerContext, input: ParsedInput<'documents:read'>): ChannelOutput<'documents:read'> {
  const document = findOrThrow(ctx, store, input.id);
  const bytes = readDocumentFile(ctx.dataDir, document.uuid);
  if (bytes === null) throw new ConflictError('conflict.documentMissing', { fileName: document.fileName });
  if (sha256(bytes) !== document.sha256) throw new ConflictError('conflict.documentIntegrity', { fileName: document.fileName });
  if (input.purpose === 'export') {
    inTransaction(ctx, () => recordAudit(ctx, 'export', 'document', document.uuid, { fileName: document.fileName }));
  }
  return { document, preview: sniffPreview(bytes), contentBase64: bytes.toString('base64') };
}

/** Trash keeps the row and the file; only the flag changes, so restoring loses nothing. */
function setTrashed(ctx: HandlerContext, id: number, trashed: boolean): StoredDocument {
  return inTransaction(ctx, () => {
    const before = findDocument(ctx.db, id);
    if (before === undefined) throw new NotFoundError('document', id);
    if ((before.deletedAt !== null) === trashed) return before;
    setDocumentTrashed(ctx.db, id, trashed ? instant(ctx) : null, timestamp(ctx));
    recordAudit(ctx, trashed ? 'delete' : 'restore', 'document', before.uuid, { fileName: before.fileName });
    return findOrThrow(ctx, store, id);
  });
}

export const trashDocument = (ctx: HandlerContext, input: ParsedInput<'documents:trash'>) => setTrashed(ctx, input.id, true);
export const restoreDocument = (ctx: HandlerContext, input: ParsedInput<'documents:restore'>) => setTrashed(ctx, input.id, false);
