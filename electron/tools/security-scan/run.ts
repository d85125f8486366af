// `npm run security-scan`: runs @doyensec/electronegativity over electron/ without network access
// and fails on any HIGH or MEDIUM finding the allow-list (with its reasons) doesn't explain.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReport, review, type Allowance } from './findings';

const root = resolve(__dirname, '..', '..', '..');
const scanner = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'protocol-desk-scan-'));
const report = join(work, 'electronegativity.csv');

try {
  execFileSync(
    process.execPath,
    [
      '--import', pathToFileURL(join(__dirname, 'offline.mjs')).href,
      scanner,
      '--input', join(root, 'electron'),
      '--output', report,
      '--relative',
      '--verbose', 'false',
      // The scanner can't find the version from electron/ alone; this check needs the network.
      '--electron-version', electronVersion,
      '--exclude-checks', 'AvailableSecurityFixesGlobalCheck',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LANG: 'en-US' } },
  );
  const findings = parseReport(readFileSync(report, 'utf8'));
  const allowList = JSON.parse(readFileSync(join(__dirname, 'allow-list.json'), 'utf8')) as Allowance[];
  const { unexplained, stale } = review(findings, allowList);
  for (const finding of unexplained) console.error(`unexplained ${finding.severity} ${finding.check} in ${finding.file} at ${finding.location}: ${finding.sample}`);
  for (const allowance of stale) console.error(`allow-list entry explains no finding any more: ${allowance.check} (${allowance.files.join(', ')})`);
  console.log(`security scan (electronegativity, Electron ${electronVersion}): ${findings.length} findings, ${unexplained.length} unexplained, ${stale.length} stale allowances`);
  if (unexplained.length > 0 || stale.length > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
