// The shell's security settings as data and the page's own policy. How the shell applies them is
// tested on the booted shell (tests/e2e/shell-booted.test.ts, shell-hostile.test.ts).
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

  it('grants no permission to any page', () => {
    expect(GRANTED_PERMISSIONS).toEqual([]);
  });

  // What the filter, the permission handlers, the navigation and window-open handlers and the
  // sender check do is tested on the booted shell: tests/e2e/shell-hostile.test.ts.
  it('gives the page only window.api', () => {
    const preload = readFileSync(resolve(__dirname, '../../electron/preload.ts'), 'utf8');
    expect(preload).toMatch(/exposeInMainWorld\(\s*'api',\s*makeApi\(/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)/);
  });
});
