// The office's trusted PCs, by Ed25519 public key.
import { randomUUID } from 'node:crypto';
import type { Db } from './open';
import { statement } from './statements';

export interface TrustedSignerRow {
  id: number;
  name: string;
  publicKey: string;
  fingerprint: string;
  addedAt: string;
  addedBy: string;
}

const COLUMNS = 'id, name, public_key AS publicKey, fingerprint, added_at AS addedAt, added_by AS addedBy';

export const listTrustedSigners = (db: Db): TrustedSignerRow[] =>
  statement(db, `SELECT ${COLUMNS} FROM trusted_signers ORDER BY fold(name), id`).all() as TrustedSignerRow[];

export const findTrustedSigner = (db: Db, publicKey: string): TrustedSignerRow | undefined =>
  statement(db, `SELECT ${COLUMNS} FROM trusted_signers WHERE public_key = ?`).get(publicKey) as TrustedSignerRow | undefined;

export function insertTrustedSigner(db: Db, signer: Omit<TrustedSignerRow, 'id'>): { id: number; uuid: string } {
  const uuid = randomUUID();
  const { lastInsertRowid } = statement(
    db,
    'INSERT INTO trusted_signers (uuid, name, public_key, fingerprint, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(uuid, signer.name, signer.publicKey, signer.fingerprint, signer.addedAt, signer.addedBy);
  return { id: Number(lastInsertRowid), uuid };
}

export function deleteTrustedSigner(db: Db, id: number): string | undefined {
  const row = statement(db, 'SELECT uuid FROM trusted_signers WHERE id = ?').get(id) as { uuid: string } | undefined;
  if (row) statement(db, 'DELETE FROM trusted_signers WHERE id = ?').run(id);
  return row?.uuid;
}
