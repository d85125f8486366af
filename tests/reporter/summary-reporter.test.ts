// The line CI reads must not lie: vitest is run over fixture files that break in each way the
// summary could hide (a failed beforeAll, a failed afterAll, a file that doesn't load, skipped
// and todo tests), and the reporter's last line is checked.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the summary line', () => {
  it('counts tests under a failed hook and files that fail to load as failed, and says what was skipped', () => {
    const run = spawnSync(process.execPath, [resolve('node_modules/vitest/vitest.mjs'), 'run', '--config', resolve(__dirname, 'fixtures/vitest.config.mts')], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    });
    const lastLine = run.stdout.trim().split('\n').at(-1);
    // Passed: the two in passes, the one that passes in skips-and-todos. Failed: before-all's two,
    // after-all's one, and the file that doesn't load. Skipped: one skipped and one todo.
    expect(lastLine).toBe('3 passed, 4 failed, 2 skipped');
    expect(run.status).not.toBe(0);
  }, 60_000);
});
