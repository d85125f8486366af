// The CI security scan fails on findings nobody has explained; these tests keep that rule honest.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport, review, type Allowance } from '../../electron/tools/security-scan/findings';

const toolDir = resolve(__dirname, '../../electron/tools/security-scan');
const allowList = JSON.parse(readFileSync(resolve(toolDir, 'allow-list.json'), 'utf8')) as Allowance[];

const report = `issue, severity, confidence, filename, location, sample, description, url
NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","shell/new-window.ts","3:1","new BrowserWindow({ nodeIntegration: true })","Disable nodeIntegration",https://example.invalid
SANDBOX_JS_CHECK,"MEDIUM","FIRM","shell/main-window.ts","6:17","const window = new BrowserWindow({","Use sandbox",https://example.invalid
REMOTE_MODULE_JS_CHECK,"LOW","FIRM","shell/main-window.ts","6:17","x","Disable the remote module",https://example.invalid`;

describe('the security scan review', () => {
  it('fails on a HIGH or MEDIUM finding the allow-list does not explain, and ignores lower ones', () => {
    const findings = parseReport(report);
    expect(findings.map((finding) => finding.check)).toEqual(['NODE_INTEGRATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'REMOTE_MODULE_JS_CHECK']);
    const { unexplained } = review(findings, allowList);
    expect(unexplained.map((finding) => `${finding.check} ${finding.file}`)).toEqual(['NODE_INTEGRATION_JS_CHECK shell/new-window.ts']);
  });

  it('reports allowances that explain nothing, and refuses ones without a real reason', () => {
    const findings = parseReport(report);
    const lazy: Allowance = { check: 'NODE_INTEGRATION_JS_CHECK', files: ['shell/new-window.ts'], reason: 'fine' };
    expect(review(findings, [lazy]).unexplained).toHaveLength(2);
    expect(review([], allowList).stale).toHaveLength(allowList.filter((allowance) => !allowance.unsteady).length);
  });

  it('names a reason for every allowance', () => {
    for (const allowance of allowList) expect(allowance.reason.length, allowance.check).toBeGreaterThan(60);
  });

  it('runs the scanner with every network connection refused', () => {
    const attempt = `fetch('http://198.51.100.7/').then(() => console.log('reached'), (error) => console.log(String(error.cause ?? error)))`;
    const out = execFileSync(process.execPath, ['--import', pathToFileURL(resolve(toolDir, 'offline.mjs')).href, '-e', attempt], { encoding: 'utf8' });
    expect(out).toMatch(/runs offline/);
    expect(readFileSync(resolve(toolDir, 'run.ts'), 'utf8')).toMatch(/'--import', pathToFileURL\(join\(__dirname, 'offline\.mjs'\)\)\.href/);
  });
});
