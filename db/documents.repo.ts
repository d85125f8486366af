// Rows of stored documents. The files themselves live under the data folder (electron/api/document-files.ts).
import type { DocumentOwner, StoredDocument } from '../domain/contract';
import type { Db } from './open';
import { insertRow } from './rows';
import { statement } from './statements';

type DocumentRow = {
  id: number;
  uuid: string;
  file_name: string;
  media_type: string;
  kind: StoredDocument['kind'];
  size_bytes: number;
  sha256: string;
  language: StoredDocument['language'];
  version: number;
  agreement_id: number | null;
  visit_id: number | null;
  person_id: number | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
};

const SELECT = `SELECT id, uuid, file_name, media_type, kind, size_bytes, sha256, language, version, agreement_id, visit_id,
  person_id, deleted_at, created_at, updated_at FROM documents`;

function documentOf(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    uuid: row.uuid,
    fileName: row.file_name,
    mediaType: row.media_type,
    kind: row.kind,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    language: row.language,
    version: row.version,
    agreementId: row.agreement_id,
    visitId: row.visit_id,
    personId: row.person_id,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findDocument(db: Db, id: number): StoredDocument | undefined {
  const row = statement(db, `${SELECT} WHERE id = ?`).get(id) as DocumentRow | undefined;
  return row && documentOf(row);
}

/** The owner's column and id: exactly one of the three is set. */
export function ownerColumn(owner: DocumentOwner): { column: 'agreement_id' | 'visit_id' | 'person_id'; id: number } {
  if ('agreementId' in owner) return { column: 'agreement_id', id: owner.agreementId };
  if ('visitId' in owner) return { column: 'visit_id', id: owner.visitId };
  return { column: 'person_id', id: owner.personId };
}

/** The owner's documents, newest first; either those in use or those in the trash. */
export function listDocuments(db: Db, owner: DocumentOwner, trashed: boolean): StoredDocument[] {
  const { column, id } = ownerColumn(owner);
  const rows = statement(
    db,
    `${SELECT} WHERE ${column} = ? AND (deleted_at IS NOT NULL) = ? ORDER BY created_at DESC, id DESC`,
  ).all(id, trashed ? 1 : 0) as DocumentRow[];
  return rows.map(documentOf);
}

export interface NewDocument {
  uuid: string;
  owner: DocumentOwner;
  fileName: string;
  mediaType: string;
  kind: StoredDocument['kind'];
  sizeBytes: number;
  sha256: string;
  language: StoredDocument['language'];
  version: number;
}

export function insertDocument(db: Db, doc: NewDocument, at: string): number {
  const { column, id } = ownerColumn(doc.owner);
  return insertRow(db, 'documents', {
    uuid: doc.uuid,
    file_name: doc.fileName,
    media_type: doc.mediaType,
    kind: doc.kind,
    size_bytes: doc.sizeBytes,
    sha256: doc.sha256,
    language: doc.language,
    version: doc.version,
    [column]: id,
    created_at: at,
    updated_at: at,
  });
}

/** Moves a document to the trash (`at`) or back out of it (null). */
export function setDocumentTrashed(db: Db, id: number, at: string | null, updatedAt: string): void {
  statement(db, 'UPDATE documents SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, updatedAt, id);
}
