// Migration 0009: the office's trusted PCs, whose signed transfer bundles import without a question.
// A PC is known by its Ed25519 public key, once, under the name officers gave it.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, rowsOf, uuidOf, type Db } from './migration-fixture';
import { writeUzbekVisit } from './migration-office';

let db: Db;
beforeEach(() => {
  db = databaseAt(8);
  writeUzbekVisit(db);
});

const protocolLaptop = {
  uuid: uuidOf(9, 1),
  name: 'Protokol şöbəsi, noutbuk (R. Məmmədov)',
  public_key: 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=',
  fingerprint: '4F2A 91C3 7E0B D5A8',
  added_at: '2025-11-21T08:15:00.000Z',
  added_by: 'r.mammadov',
};

describe('migration 0009, trusted signers', () => {
  it('adds the list of trusted PCs, empty, and changes nothing the office holds', () => {
    const rows = otherTables(db, []);
    migrateTo(db, 9);
    expect(rowsOf(db, 'trusted_signers')).toEqual([]);
    expect(otherTables(db, ['trusted_signers'])).toEqual(rows);
  });

  it("trusts the protocol department's laptop once, by its key and its fingerprint", () => {
    migrateTo(db, 9);
    const id = insert(db, 'trusted_signers', protocolLaptop);
    const another = { ...protocolLaptop, uuid: uuidOf(9, 2), name: 'Baş idarə, masaüstü' };
    expect(() => insert(db, 'trusted_signers', { ...another, fingerprint: '0000 0000 0000 0000' })).toThrow(/UNIQUE constraint failed: trusted_signers.public_key/);
    expect(() => insert(db, 'trusted_signers', { ...another, public_key: 'MCowBQYDK2VwAyEA1111111111111111111111111111111111111111111=' }))
      .toThrow(/UNIQUE constraint failed: trusted_signers.fingerprint/);
    expect(rowsOf(db, 'trusted_signers')).toEqual([{ id, ...protocolLaptop }]);
  });

  it('refuses a PC without a name, with a name past 200 letters, with an oversized key or a non-canonical uuid', () => {
    migrateTo(db, 9);
    expect(() => insert(db, 'trusted_signers', { ...protocolLaptop, name: '' })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, 'trusted_signers', { ...protocolLaptop, name: 'Ş'.repeat(201) })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, 'trusted_signers', { ...protocolLaptop, public_key: 'A'.repeat(201) })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, 'trusted_signers', { ...protocolLaptop, uuid: protocolLaptop.uuid.toUpperCase() })).toThrow('uuid.notCanonical');
    insert(db, 'trusted_signers', { ...protocolLaptop, name: 'Ş'.repeat(200) });
    expect(() => db.prepare('UPDATE trusted_signers SET uuid = ?').run('../../.ssh/authorized_keys'.padEnd(36, '_'))).toThrow('uuid.notCanonical');
  });
});
