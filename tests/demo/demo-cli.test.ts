import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_RECORD_COUNT } from '../../electron/demo/load';
import { openDatabase } from '../../db/open';

const root = resolve(__dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'protocol-desk-demo-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const runDemo = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'electron/demo/cli.ts', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });

describe('npm run demo -- --db FILE', () => {
  it('writes the demo office into a new file, and finds it already there the second time', () => {
    const file = join(folder, 'office.db');
    expect(runDemo('--db', file)).toContain(`${DEMO_RECORD_COUNT} records added`);
    expect(runDemo('--db', file)).toContain('already present');

    const db = openDatabase(file, { readonly: true });
    const visits = db.prepare('SELECT count(*) AS n FROM visits').get() as { n: number };
    db.close();
    expect(visits.n).toBe(2);
  }, 60_000);

  it('refuses to run without --db and says why', () => {
    expect(() => runDemo()).toThrow(/Missing --db/);
  }, 30_000);

  it('says so when the database file cannot be opened', () => {
    expect(() => runDemo('--db', join(folder, 'no-such-folder', 'office.db'))).toThrow(/Cannot open the database file/);
  }, 30_000);
});
