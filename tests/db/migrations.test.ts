import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { migrate, readMigrations, SchemaTooNewError } from '../../db/migrations';

describe('opening a database', () => {
  it('migrates an empty file to the latest schema with the pragmas the app relies on', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(readMigrations().at(-1)?.version);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a database from a newer version of the app', () => {
    const db = openDatabase(':memory:');
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrow(SchemaTooNewError);
  });
});
