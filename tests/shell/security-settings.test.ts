// The shell can't run without the Electron binary, so these tests read its configuration and
// its source: if a security setting goes missing, they fail.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  GRANTED_PERMISSIONS,
  SECURE_WEB_PREFERENCES,
  isAppRequest,
} from '../../electron/shell/security-config';

const shellDir = resolve(__dirname, '../../electron/shell');
const source = (file: string) => readFileSync(join(shellDir, file), 'utf8');
const allShellSource = readdirSync(shellDir).map(source).join('\n');

function cspDirectives(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('the main window', () => {
  it('is isolated, sandboxed and without Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('is created with exactly those preferences and a preload', () => {
    expect(source('main-window.ts')).toMatch(/webPreferences:\s*\{\s*\.\.\.SECURE_WEB_PREFERENCES,\s*preload:/);
    expect(allShellSource).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/);
  });

  it('loads the app from its own scheme, never from file:// or a remote origin', () => {
    expect(APP_ORIGIN).toBe('app://desk');
    expect(source('main-window.ts')).toMatch(/loadURL\(`\$\{APP_ORIGIN\}/);
    expect(allShellSource).not.toMatch(/loadFile\(|https?:\/\//);
  });
});

describe('the content security policy', () => {
  it('allows only the app itself to supply scripts, connections and fonts', () => {
    const csp = cspDirectives();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('is sent with every file the app serves, and the page declares the same policy', () => {
    expect(source('app-protocol.ts')).toMatch(/'content-security-policy': CONTENT_SECURITY_POLICY/);
    const html = readFileSync(resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta?.replace(/\s+/g, ' ')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the session', () => {
  it('lets through only the app’s own requests', () => {
    expect(isAppRequest('app://desk/index.html')).toBe(true);
    expect(isAppRequest('data:font/woff2;base64,AAAA')).toBe(true);
    for (const foreign of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://other/x', 'ws://x']) {
      expect(isAppRequest(foreign), foreign).toBe(false);
    }
  });

  it('cancels the rest, grants no permission, and blocks new windows, navigation and webviews', () => {
    const hardening = source('hardening.ts');
    expect(GRANTED_PERMISSIONS).toEqual([]);
    expect(hardening).toMatch(/webRequest\.onBeforeRequest\(\(details, respond\) => respond\(\{ cancel: !isAppRequest\(details\.url\) \}\)\)/);
    expect(hardening).toMatch(/setPermissionRequestHandler/);
    expect(hardening).toMatch(/setPermissionCheckHandler/);
    expect(hardening).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(hardening).toMatch(/'will-navigate'/);
    expect(hardening).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    const main = source('main.ts');
    expect(main).toMatch(/hardenSession\(session\.defaultSession\)/);
    expect(main).toMatch(/hardenAllContents\(\)/);
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
  });

  it('checks the sender of every IPC call', () => {
    expect(source('ipc.ts')).toMatch(/isTrustedSender\(event\.senderFrame\?\.url, APP_ORIGIN\)/);
    const preload = readFileSync(resolve(__dirname, '../../electron/preload.ts'), 'utf8');
    expect(preload).toMatch(/exposeInMainWorld\(\s*'api',\s*makeApi\(/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)/);
  });
});
