// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item by
// item, proved from the shell's configuration and source. Items covered in security-settings.test.ts
// are named there; the rest are here, so every applicable item has a test that fails if it breaks.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../electron/shell/security-config';

const root = resolve(__dirname, '../..');
const shellDir = join(root, 'electron/shell');
const shellFiles = readdirSync(shellDir).filter((file) => file.endsWith('.ts'));
const shellSource = shellFiles.map((file) => readFileSync(join(shellDir, file), 'utf8')).join('\n');
const builderConfig = readFileSync(join(root, 'electron-builder.yml'), 'utf8');

/** The `electronFuses:` block of electron-builder.yml, as `name: true|false` pairs (the file's own simple YAML). */
function fuses(): Record<string, boolean> {
  const block = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n)+)/m.exec(builderConfig)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/(\w+): (true|false)/g)].map(([, name, value]) => [name, value === 'true']));
}
const mainProcessSource = [shellSource, readFileSync(join(root, 'electron/preload.ts'), 'utf8')].join('\n');

describe("Electron's security checklist", () => {
  it('1, 18: loads only its own content, from a custom protocol rather than file:// or http(s)', () => {
    expect(shellSource).not.toMatch(/loadFile\(|loadURL\(\s*['"`](?:https?|file):/);
    for (const match of shellSource.matchAll(/loadURL\(([^)]*)\)/g)) expect(match[1]).toMatch(/^`\$\{APP_ORIGIN\}/);
  });

  // 2, 3, 4, 6, 8, 9: every window the booted shell opens is checked for these (tests/e2e/shell-booted.test.ts).
  it('2, 3, 4, 6, 8, 9: the hardened preferences isolate, sandbox and keep Node out of every page', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ allowRunningInsecureContent: false, experimentalFeatures: false });
  });

  it('10: enables no Blink features', () => {
    expect(mainProcessSource).not.toMatch(/enableBlinkFeatures|disableBlinkFeatures|appendSwitch\(\s*['"]enable-blink/);
  });

  it('11, 12: allows no <webview>', () => {
    expect(SECURE_WEB_PREFERENCES.webviewTag).toBe(false);
    expect(shellSource).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(shellSource).not.toMatch(/allowpopups/);
  });

  it('15: never hands content to the operating system with shell.openExternal or openPath', () => {
    expect(mainProcessSource).not.toMatch(/openExternal|openPath|shell\.showItemInFolder/);
  });

  it('16: runs a supported Electron line (42, kept in step with better-sqlite3): the installed one, not the range asked for', () => {
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBeGreaterThanOrEqual(42);
  });

  it('19: flips the fuses that let the binary run as Node, take NODE_OPTIONS or --inspect, or grant file:// extra privileges', () => {
    expect(fuses()).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('20: exposes no Electron API to the page, only window.api', () => {
    const preload = readFileSync(join(root, 'electron/preload.ts'), 'utf8');
    expect([...preload.matchAll(/exposeInMainWorld\(/g)]).toHaveLength(1);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*(ipcRenderer|require|process)/);
  });

  it('has no auto-update and no telemetry: the packaged app publishes nowhere and the shell imports no updater', () => {
    expect(builderConfig).toMatch(/^publish: null$/m);
    expect(mainProcessSource).not.toMatch(/autoUpdater|electron-updater|crashReporter|@sentry|analytics/);
  });
});
