// Reading exported PDFs with poppler's tools (pdftotext, pdffonts, pdfinfo, pdftoppm) and the
// headless exporter as an officer runs it from a terminal.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { artifactsDir } from './harness';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');

export async function pdfText(file: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return (await run('pdftotext', [...range, '-enc', 'UTF-8', file, '-'])).stdout;
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file]);
  return Object.fromEntries(stdout.split('\n').map((line) => line.split(/:\s+/, 2)).filter((pair) => pair.length === 2));
}

/** pdffonts' table: each font's name and whether it is embedded. */
export async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name, type (one or two words), encoding, emb, sub, uni, object id
      return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
    });
}

/** Pages as PNGs under tests/artifacts/briefing/, to be looked at (the folder is git-ignored). */
export async function pagesAsPng(file: string, prefix: string): Promise<void> {
  const folder = join(artifactsDir, 'briefing');
  mkdirSync(folder, { recursive: true });
  await run('pdftoppm', ['-r', '60', '-png', file, join(folder, prefix)]);
}

export interface ExportRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run export-briefing -- …` (without npm's banner) and returns how it ended. */
export async function exportBriefing(args: string[]): Promise<ExportRun> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), ['electron/tools/export-briefing.ts', ...args], {
      cwd: root,
      env: process.env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
