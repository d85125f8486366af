// Reads what a packaged app holds (app.asar and app.asar.unpacked) and what it should hold (the
// build in out/, db/migrations, package.json), for package-problems.ts to compare.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { getRawHeader, type DirectoryRecord, type FileRecord } from '@electron/asar';
import type { PackageExpectations, PackageListing, PackagedFile } from './package-problems';

/** The folders of the build that electron-builder.yml's `files` takes into the package. */
const packagedBuildDirs = ['out/main', 'out/preload', 'out/renderer'];

export function readPackageListing(resourcesDir: string): PackageListing {
  const archive = join(resourcesDir, 'app.asar');
  const packed: PackagedFile[] = [];
  collectPacked(getRawHeader(archive).header, '', packed);
  return { packed, unpacked: filesUnder(join(resourcesDir, 'app.asar.unpacked')) };
}

/**
 * The asar header lists unpacked files too, flagged `unpacked`; they are counted from
 * app.asar.unpacked instead, where Electron actually loads them from.
 */
function collectPacked(directory: DirectoryRecord, prefix: string, into: PackagedFile[]): void {
  for (const [name, entry] of Object.entries(directory.files)) {
    const path = `${prefix}${name}`;
    if ('files' in entry) collectPacked(entry, `${path}/`, into);
    else if (isStoredFile(entry)) into.push({ path, bytes: entry.size });
  }
}

/** Symbolic links carry `link` and no size; unpacked files live outside the archive. */
function isStoredFile(entry: FileRecord): boolean {
  return typeof entry.size === 'number' && !entry.unpacked;
}

export function readExpectations(projectDir: string): PackageExpectations {
  const builtFiles = packagedBuildDirs
    .flatMap((dir) => filesUnder(join(projectDir, dir)).map((file) => `${dir}/${file.path}`))
    // electron-builder.yml leaves source maps out, so a build that makes them still packages without them.
    .filter((path) => !path.endsWith('.map'));
  const referencedFiles = builtFiles
    .filter((path) => path.startsWith('out/renderer/') && /\.(html|css)$/.test(path))
    .flatMap((path) => relativeReferences(readFileSync(join(projectDir, path), 'utf8'), path));
  const migrations = readdirSync(join(projectDir, 'db', 'migrations')).filter((name) => name.endsWith('.sql'));
  const manifest = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  return { builtFiles, referencedFiles, migrations, devDependencies: Object.keys(manifest.devDependencies ?? {}) };
}

/**
 * The files an HTML page (`src="./…"`, `href="./…"`) or a stylesheet (`url(./…)`) loads, resolved
 * against `fromPath`. The renderer is built with `base: './'`, so all its own references are relative.
 */
export function relativeReferences(text: string, fromPath: string): string[] {
  const references = /(?:src|href)="(\.\.?\/[^"?#]+)|url\(\s*["']?(\.\.?\/[^"')?#]+)/g;
  return [...text.matchAll(references)].map((match) => posix.join(posix.dirname(fromPath), (match[1] ?? match[2]) as string));
}

/** Every regular file below `root`, with '/'-separated paths relative to it; none if `root` doesn't exist. */
function filesUnder(root: string): PackagedFile[] {
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full).split(sep).join('/'), bytes: statSync(full).size };
    });
}
