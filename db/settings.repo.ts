// Settings are stored one key per row, each value as JSON, so adding a setting needs no migration.
import type { Db } from './open';
import { statement } from './statements';

export function readStoredSettings(db: Db): Record<string, unknown> {
  const rows = statement(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

export function storeSetting(db: Db, key: string, value: unknown): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}
