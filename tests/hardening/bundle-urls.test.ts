// Scans the built main, preload and renderer bundles (PROTOCOL_DESK_OUT, else out/) for remote URLs.
// A URL in a position where the browser would fetch it (HTML src/href, CSS url() or @import, fetch,
// WebSocket, EventSource, sendBeacon) fails outright. Any other URL must be on a host listed below,
// with the reason it is harmless: identifiers that are never fetched, or links inside libraries'
// error texts. Even those could not leave the PC: the CSP and the session's request filter cancel them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = resolve(__dirname, '../..', process.env.PROTOCOL_DESK_OUT ?? 'out');

const ALLOWED_HOSTS: Record<string, string> = {
  'www.w3.org': 'XML namespace identifiers (SVG, XLink, XHTML, MathML) written into created elements, never fetched',
  'ns.adobe.com': 'XMP metadata namespace identifiers that pdf.js reads inside PDF files, never fetched',
  'www.xfa.org': 'XFA form namespace identifiers that pdf.js matches inside PDF files, never fetched',
  'json-schema.org': "JSON Schema $schema identifiers in zod's JSON Schema output, never fetched",
  'github.com': 'links in libraries’ error messages, licence and source comments (date-fns, cuid, marked, papaparse…)',
  'floating-ui.com': 'links in Floating UI’s development warnings (Mantine’s popovers)',
  'developer.mozilla.org': 'links in libraries’ error messages',
  'en.wikipedia.org': 'links in date-fns comments on ISO week dates',
  'react-hook-form.com': 'links in react-hook-form’s warnings',
  'date-fns.org': 'links in date-fns’s error messages about format tokens',
  'www.unicode.org': 'links in date-fns’s error messages about date field symbols',
  'reactrouter.com': 'links in React Router’s warnings',
  'react.dev': 'the base of React’s minified error message links',
  'reactjs.org': 'links in libraries’ warnings about React hooks',
  'react.i18next.com': 'links in react-i18next’s warnings',
  'mantine.dev': 'links in Mantine’s theme warnings',
  'html.spec.whatwg.org': 'links in dnd-kit’s comments',
  'www.apache.org': 'licence headers (pdf.js is Apache-2.0)',
  'es5.github.io': 'links in core-js style comments on spec behaviour',
  'crbug.com': 'links in pdf.js comments about Chromium bugs',
  'bugs.chromium.org': 'links in pdf.js comments about Chromium bugs',
  'stackoverflow.com': 'a link in a library comment',
  'localhost': 'the base that URL parsers use to resolve relative paths (new URL(path, "http://localhost"))',
  'example.com': 'example values in libraries’ validation messages',
  'foo.bar': 'example values in zod’s URL validation',
  exa: 'a truncated example ("https://exa…") in zod’s messages',
};

/** Hosts that must never appear at all: remote fonts, CDNs, telemetry and update servers. */
const FORBIDDEN = /fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|sentry\.io|google-analytics\.com|googletagmanager\.com|api\.segment\.io|update\.electronjs\.org/i;

function bundleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return bundleFiles(path);
    return /\.(m?js|cjs|html|css)$/.test(name) ? [path] : [];
  });
}

const files = ['main', 'preload', 'renderer'].flatMap((part) => bundleFiles(join(out, part)));
const texts = files.map((file) => ({ file: file.slice(out.length + 1), text: readFileSync(file, 'utf8') }));

const FETCHED = [
  /\b(?:src|href|action|poster|srcset)\s*=\s*["']?(?:https?|wss?):\/\//gi,
  /(?<![\w.])url\(\s*["']?(?:https?:)?\/\/[a-z0-9]/g,
  /@import\s+(?:url\()?["']?(?:https?:)?\/\//gi,
  /\b(?:fetch|EventSource|sendBeacon|importScripts)\(\s*["'`](?:https?:)?\/\//g,
  /new\s+WebSocket\(\s*["'`]wss?:\/\//g,
];

describe('the built bundles', () => {
  it('were built', () => {
    expect(texts.map((entry) => entry.file)).toEqual(expect.arrayContaining(['main/main.js', 'preload/preload.js', 'renderer/index.html']));
  });

  it('fetch nothing from anywhere but the app itself', () => {
    const fetched = texts.flatMap(({ file, text }) => FETCHED.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => `${file}: ${match[0]}`)));
    expect(fetched).toEqual([]);
    const forbidden = texts.filter(({ text }) => FORBIDDEN.test(text)).map(({ file }) => file);
    expect(forbidden).toEqual([]);
  });

  it('name no remote host beyond the explained ones', () => {
    const hosts = new Map<string, string>();
    for (const { file, text } of texts) {
      for (const match of text.matchAll(/\b(?:https?|wss?):\/\/([a-z0-9.-]*[a-z0-9])/gi)) hosts.set((match[1] ?? '').toLowerCase(), file);
      // Protocol-relative URLs in strings ("//cdn.example/x") would be fetched over the page's scheme.
      for (const match of text.matchAll(/["'`(]\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)\//gi)) hosts.set((match[1] ?? '').toLowerCase(), file);
    }
    const unexplained = [...hosts].filter(([host]) => !Object.hasOwn(ALLOWED_HOSTS, host)).map(([host, file]) => `${host} (${file})`);
    expect(unexplained).toEqual([]);
    expect(hosts.size).toBeGreaterThan(0);
  });
});
