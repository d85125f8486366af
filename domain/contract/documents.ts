// Files attached to an agreement, a visit or a person: stored beside the database, checked by SHA-256.
import { z } from 'zod';
import { Id, Instant, Language, Uuid } from './common';

export const DOCUMENT_KINDS = ['signed_scan', 'draft', 'photo', 'other'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);

/** Exactly one owner, as the schema's CHECK holds it. */
export const DocumentOwner = z.union([
  z.object({ agreementId: Id }).strict(),
  z.object({ visitId: Id }).strict(),
  z.object({ personId: Id }).strict(),
]);
export type DocumentOwner = z.output<typeof DocumentOwner>;

/**
 * The file travels base64-encoded: it crosses Electron's IPC and the test harness's Playwright
 * binding alike. The size limit from Settings is checked in main on the decoded bytes; this cap
 * only stops absurd input before it is decoded.
 */
export const MAX_DOCUMENT_MB = 500;
export const DocumentAddInput = z
  .object({
    owner: DocumentOwner,
    fileName: z.string().trim().min(1).max(255),
    mediaType: z.string().trim().max(127),
    kind: DocumentKind,
    language: Language.nullable(),
    version: z.number().int().min(1).max(999).default(1),
    contentBase64: z.base64().max(Math.ceil((MAX_DOCUMENT_MB * 1024 * 1024 * 4) / 3) + 4),
  })
  .strict();

/** What the in-app viewer can show; decided in main from the file's first bytes, not its name. */
export const DocumentPreview = z.enum(['pdf', 'image']).nullable();

export const StoredDocument = z.object({
  id: Id,
  uuid: Uuid,
  fileName: z.string(),
  mediaType: z.string(),
  kind: DocumentKind,
  sizeBytes: z.number().int(),
  sha256: z.string(),
  language: Language.nullable(),
  version: z.number().int(),
  agreementId: Id.nullable(),
  visitId: Id.nullable(),
  personId: Id.nullable(),
  deletedAt: Instant.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredDocument = z.output<typeof StoredDocument>;

export const DocumentListQuery = z.object({ owner: DocumentOwner, trashed: z.boolean().default(false) }).strict();
/** `export` is a copy leaving the app, so it is written to the audit log; `view` is not. */
export const DocumentReadInput = z.object({ id: Id, purpose: z.enum(['view', 'export']) }).strict();
export const DocumentContent = z.object({
  document: StoredDocument,
  preview: DocumentPreview,
  contentBase64: z.string(),
});
