// Shared by the database and interface figures: the bench's size (`--size small` in CI, full by
// hand), the synthetic archive they both measure (built once, on first use), and timing helpers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchSize } from './archive';
import type { Figure } from './figure';

/** `--size small` or `--size full` (the default) on the bench's command line. */
export function benchSize(args = process.argv.slice(2)): BenchSize {
  const index = args.indexOf('--size');
  const size = index >= 0 ? args[index + 1] : 'full';
  if (size !== 'small' && size !== 'full') throw new Error(`--size must be small or full, not ${size}`);
  return size;
}

let archive: { file: string; figure: Figure } | undefined;

/**
 * The archive's database file, built into a temporary folder on the first call and removed at
 * exit. A child process builds it (build-archive.ts, under the same tsx as this one), so the
 * memory figures measured here hold none of the build.
 */
export function archiveFile(): { file: string; figure: Figure } {
  // An archive built before (`tsx tests/bench/build-archive.ts <file>`), to measure again without
  // minutes of building: it is used in place and kept, and there is no build time to report.
  const prebuilt = process.env.PROTOCOL_DESK_BENCH_ARCHIVE;
  if (!archive && prebuilt) archive = { file: prebuilt, figure: { name: 'archive_build_s', value: Number.NaN, unit: 's (prebuilt archive)' } };
  if (!archive) {
    const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-bench-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'archive.sqlite');
    const output = execFileSync(process.execPath, [...process.execArgv, join(__dirname, 'build-archive.ts'), file, '--size', benchSize()], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const { seconds } = JSON.parse(output) as { seconds: number };
    archive = { file, figure: { name: 'archive_build_s', value: round(seconds), unit: 's' } };
  }
  return archive;
}

export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: the smallest sample with at least q of the samples at or below it.
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

export const round = (value: number) => Number(value.toFixed(Math.abs(value) >= 100 ? 0 : 2));

/** The median as the figure's value, with the p95 and the number of runs beside the unit. */
export function timesFigure(name: string, samplesMs: number[]): Figure {
  const p95 = round(quantile(samplesMs, 0.95));
  return { name, value: round(quantile(samplesMs, 0.5)), unit: `ms (median; p95 ${p95} ms; ${samplesMs.length} runs)` };
}

/** Runs `work` once per input and returns each run's milliseconds. */
export async function timeEach<T>(inputs: T[], work: (input: T) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await work(input);
    samples.push(performance.now() - start);
  }
  return samples;
}
