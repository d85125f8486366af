// `npm run check-package` passes only if the packaged app is right; these tests hand its checking
// function broken packages and expect each fault named.
import { describe, expect, it } from 'vitest';
import { relativeReferences } from '../../electron/tools/package-listing';
import { describePackage, findPackageProblems, type PackageExpectations, type PackageListing } from '../../electron/tools/package-problems';

const font = 'out/renderer/assets/noto-sans-cyrillic-400-normal-Ab12.woff2';
const builtFiles = [
  'out/main/main.js',
  'out/main/migrations/0001_domain.sql',
  'out/main/migrations/0002_visits_planning.sql',
  'out/preload/preload.js',
  'out/renderer/index.html',
  'out/renderer/print.html',
  'out/renderer/assets/index-Cd34.js',
  'out/renderer/assets/index-Ef56.css',
  font,
];
const expected: PackageExpectations = {
  builtFiles,
  referencedFiles: ['out/renderer/assets/index-Cd34.js', 'out/renderer/assets/index-Ef56.css', font],
  migrations: ['0001_domain.sql', '0002_visits_planning.sql'],
  devDependencies: ['vitest', '@mantine/core', 'electron'],
};
const sqliteBinding = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/** A package as electron-builder makes it from a good build: every file 1 KiB. */
function goodPackage(): PackageListing {
  const packed = [...builtFiles, 'package.json', 'node_modules/better-sqlite3/lib/index.js', 'node_modules/zod/index.cjs'];
  return {
    packed: packed.map((path) => ({ path, bytes: 1024 })),
    unpacked: [{ path: sqliteBinding, bytes: 1024 }],
  };
}

function withPacked(listing: PackageListing, ...paths: string[]): PackageListing {
  return { ...listing, packed: [...listing.packed, ...paths.map((path) => ({ path, bytes: 1024 }))] };
}

function withoutPacked(listing: PackageListing, path: string): PackageListing {
  return { ...listing, packed: listing.packed.filter((file) => file.path !== path) };
}

describe('the package check', () => {
  it('passes a good package and describes it in one line', () => {
    expect(findPackageProblems(goodPackage(), expected)).toEqual([]);
    expect(describePackage(goodPackage())).toBe('package: 13 files, 0.0 MB, ok');
    const big = { packed: [{ path: 'out/main/main.js', bytes: 3 * 1024 * 1024 }], unpacked: [{ path: sqliteBinding, bytes: 1024 * 1024 / 2 }] };
    expect(describePackage(big)).toBe('package: 2 files, 3.5 MB, ok');
  });

  it('names a source map, wherever it is', () => {
    const listing = withPacked(goodPackage(), 'out/main/main.js.map', 'node_modules/transliteration/dist/index.js.map');
    expect(findPackageProblems(listing, expected)).toEqual([
      'source map: out/main/main.js.map',
      'source map: node_modules/transliteration/dist/index.js.map',
    ]);
  });

  it('names a devDependency installed at the top of node_modules, not a copy another package nests', () => {
    const listing = withPacked(goodPackage(), 'node_modules/@mantine/core/index.js', 'node_modules/@mantine/core/package.json', 'node_modules/zod/node_modules/vitest/index.js');
    expect(findPackageProblems(listing, expected)).toEqual(['devDependency in the package: node_modules/@mantine/core/']);
  });

  it('names a migration from db/migrations that the package lacks', () => {
    const listing = withoutPacked(goodPackage(), 'out/main/migrations/0002_visits_planning.sql');
    expect(findPackageProblems(listing, { ...expected, migrations: [...expected.migrations, '0003_programme.sql'] })).toEqual([
      'migration missing from app.asar: db/migrations/0002_visits_planning.sql (expected at out/main/migrations/0002_visits_planning.sql)',
      'migration missing from app.asar: db/migrations/0003_programme.sql (expected at out/main/migrations/0003_programme.sql)',
    ]);
  });

  it('names a native module packed inside the archive, and better_sqlite3.node missing from beside it', () => {
    const listing = withPacked({ ...goodPackage(), unpacked: [] }, sqliteBinding);
    expect(findPackageProblems(listing, expected)).toEqual([
      `native module packed inside app.asar (must be in app.asar.unpacked): ${sqliteBinding}`,
      `not in app.asar.unpacked: ${sqliteBinding}`,
    ]);
  });

  it('names missing bundles, pages and fonts, and a renderer that points at no fonts', () => {
    let listing = withoutPacked(goodPackage(), 'out/preload/preload.js');
    listing = withoutPacked(listing, 'out/renderer/print.html');
    listing = withoutPacked(listing, font);
    expect(findPackageProblems(listing, expected)).toEqual([
      'missing from app.asar: out/preload/preload.js',
      'missing from app.asar: out/renderer/print.html',
      `font missing from app.asar: ${font}`,
    ]);
    const noFonts = { ...expected, referencedFiles: expected.referencedFiles.filter((path) => path !== font) };
    expect(findPackageProblems(goodPackage(), noFonts)).toEqual(["the renderer's CSS points at no Noto woff2 fonts (out/renderer/assets/noto-*.woff2)"]);
  });

  it('names .env files, tests and TypeScript in the build, and project folders that are not the app', () => {
    const listing = withPacked(
      goodPackage(),
      '.env',
      'node_modules/some-lib/.env.production',
      'out/main/ipc.test.js',
      'out/renderer/assets/app.tsx',
      'electron/shell/main.ts',
      'README.md',
      'electron/preload.ts',
      'tests/db/visits.test.ts',
      'out/native/electron-42.11.18/better_sqlite3.node',
      'node_modules/zod/src/index.ts',
    );
    expect(findPackageProblems(listing, expected)).toEqual([
      'native module packed inside app.asar (must be in app.asar.unpacked): out/native/electron-42.11.18/better_sqlite3.node',
      'not part of the app: electron/ (2 files)',
      'not part of the app: README.md',
      'not part of the app: tests/ (1 file)',
      'not part of the app: out/native/ (1 file)',
      '.env file: .env',
      '.env file: node_modules/some-lib/.env.production',
      'test: out/main/ipc.test.js',
      'TypeScript source: out/renderer/assets/app.tsx',
    ]);
  });
});

describe('the references the renderer loads', () => {
  it('reads scripts and styles from HTML and fonts from CSS, resolved beside the file', () => {
    const html = '<script type="module" crossorigin src="./assets/index-Cd34.js"></script><link rel="stylesheet" href="./assets/index-Ef56.css"><a href="https://example.invalid/">x</a>';
    expect(relativeReferences(html, 'out/renderer/index.html')).toEqual(['out/renderer/assets/index-Cd34.js', 'out/renderer/assets/index-Ef56.css']);
    const css = '@font-face{src:url(./noto-sans-400-Ab12.woff2) format("woff2"),url("./noto-sans-400-Ab12.woff") format("woff")}.x{background:url(data:image/png;base64,AA==)}';
    expect(relativeReferences(css, 'out/renderer/assets/index-Ef56.css')).toEqual([
      'out/renderer/assets/noto-sans-400-Ab12.woff2',
      'out/renderer/assets/noto-sans-400-Ab12.woff',
    ]);
  });
});
