// The bench runs at its small size on every test run, so it can't rot: every figure is printed,
// as `name: value unit`. Its numbers are not judged here (timed assertions would be flaky); the
// full size runs by hand (`npm run bench`).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const FIGURES = [
  'archive_build_s',
  'db_open_ms',
  'visits_page_ms',
  'search_ms',
  'conflict_check_ms',
  'database_peak_memory_mb',
  'ui_first_table_ms',
  'ui_filter_ms',
  'ui_pick_person_ms',
  'ui_peak_memory_mb',
  'ui_peak_memory_main_mb',
  'ui_peak_memory_chromium_mb',
  'ui_page_heap_mb',
  'ui_peak_pss_mb',
  'briefing_pdf_40p_s',
];

describe('npm run bench -- --size small', () => {
  it('prints every figure as `name: value unit`', async () => {
    const root = resolve(__dirname, '../..');
    const { stdout } = await promisify(execFile)(resolve(root, 'node_modules/.bin/tsx'), ['tests/bench/run.ts', '--size', 'small'], {
      cwd: root,
      env: process.env,
      timeout: 600_000,
      maxBuffer: 1 << 20,
    });
    const lines = new Map(stdout.trim().split('\n').map((line) => [line.split(':')[0], line]));
    for (const name of FIGURES) {
      expect(lines.get(name), name).toMatch(new RegExp(`^${name}: \\d+(\\.\\d+)? \\S+`));
    }
    expect(lines.get('search_ms')).toMatch(/^search_ms: [\d.]+ ms \(median; p95 [\d.]+ ms; 90 runs\)$/);
  }, 660_000);
});
