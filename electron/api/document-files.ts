// Stored documents on disk: `<dataDir>/documents/<uuid>`, named by the row's UUID, never by the
// user's file name, so nothing an attachment is called can reach outside the folder or look
// executable to the OS. The app only ever reads these bytes; it never opens them with the OS.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { isCanonicalUuid } from '../../domain/contract';
import { ConflictError } from './errors';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const folder = (dataDir: string): string => join(dataDir, 'documents');

/**
 * A file name that isn't a canonical UUID (a path, a NUL byte, `..`) is a hostile row, never a
 * document: to the officer it is a document whose file can't be trusted.
 */
export class DocumentNameError extends ConflictError {
  constructor(name: string) {
    super('conflict.documentDamaged', { document: name.slice(0, 64) });
  }
}

/** Where a document's bytes live: refuses any name but a canonical UUID, and any path outside documents/. */
export function documentPath(dataDir: string, uuid: string): string {
  if (!isCanonicalUuid(uuid)) throw new DocumentNameError(uuid);
  const documents = resolve(folder(dataDir));
  const path = resolve(documents, uuid);
  if (!path.startsWith(documents + sep)) throw new DocumentNameError(uuid);
  return path;
}
const temporaryPath = (dataDir: string, uuid: string): string => `${documentPath(dataDir, uuid)}.partial`;

/**
 * Writes the bytes under a temporary name, flushes them to disk, then renames: the final name
 * only ever holds a complete file. A crash before the rename leaves a `*.partial` file; a crash
 * after it but before the database commits leaves a file no row names. Both are harmless
 * leftovers that a sweep at start-up may remove (files in documents/ without a row).
 */
export function writeDocumentFile(dataDir: string, uuid: string, bytes: Uint8Array): void {
  mkdirSync(folder(dataDir), { recursive: true });
  const partial = temporaryPath(dataDir, uuid);
  const fd = openSync(partial, 'wx');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, documentPath(dataDir, uuid));
}

/** Removes a file written for a row that was then not committed. */
export function discardDocumentFile(dataDir: string, uuid: string): void {
  rmSync(documentPath(dataDir, uuid), { force: true });
  rmSync(temporaryPath(dataDir, uuid), { force: true });
}

/** The stored bytes, or null when the file is gone. */
export function readDocumentFile(dataDir: string, uuid: string): Buffer | null {
  try {
    return readFileSync(documentPath(dataDir, uuid));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** What the viewer may show, from the file's first bytes (its name and stated type may lie). */
export function sniffPreview(bytes: Uint8Array): 'pdf' | 'image' | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image'; // PNG
  if (starts(0xff, 0xd8, 0xff)) return 'image'; // JPEG
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image'; // GIF8
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) {
    return 'image'; // RIFF....WEBP
  }
  return null;
}
