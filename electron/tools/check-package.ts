// `npm run check-package`: packages the build in out/ with electron-builder, offline, into a
// temporary folder, and checks the result file by file (package-problems.ts says what is checked).
// Prints one line when the package is right; otherwise one line per problem, and fails.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPackage } from './package-build';
import { readExpectations, readPackageListing } from './package-listing';
import { describePackage, findPackageProblems } from './package-problems';

const projectDir = resolve(__dirname, '..', '..');
/** What electron-builder's sanity check and the app need first; without them there is no build to package. */
const buildEntryPoints = ['out/main/main.js', 'out/preload/preload.js', 'out/renderer/index.html'];

/** Returns the exit code. */
async function main(): Promise<number> {
  const missingBuild = buildEntryPoints.filter((path) => !existsSync(join(projectDir, path)));
  if (missingBuild.length > 0) {
    console.error(`no build in out/ (missing ${missingBuild.join(', ')}): run \`npm run build\` first`);
    return 1;
  }
  const workDir = mkdtempSync(join(tmpdir(), 'protocol-desk-package-'));
  try {
    const resourcesDir = await withOutputHeld(() => buildPackage(projectDir, workDir));
    const listing = readPackageListing(resourcesDir);
    const problems = findPackageProblems(listing, readExpectations(projectDir));
    for (const problem of problems) console.error(problem);
    if (problems.length > 0) return 1;
    console.log(describePackage(listing));
    return 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * electron-builder logs every step to stdout; keep that to show only if packaging fails, so a
 * good run prints its one line.
 */
async function withOutputHeld<T>(run: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  let held = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    held += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    return await run();
  } catch (error) {
    process.stderr.write(held);
    throw error;
  } finally {
    process.stdout.write = write;
  }
}

// Exit explicitly: electron-builder's temp-file registers async-exit-hook, which answers
// 'beforeExit' with process.exit(0) and so would turn a failed check into a passing one.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Could not package the app:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
