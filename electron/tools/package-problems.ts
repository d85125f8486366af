// What must and must not be in the packaged app, judged from a listing of it: pure, so the tests can
// hand it broken listings and see each problem named.

export interface PackagedFile {
  /** '/'-separated, relative to the app's root inside the asar (`out/main/main.js`, `node_modules/…`). */
  path: string;
  bytes: number;
}

export interface PackageListing {
  /** Files stored inside app.asar. */
  packed: PackagedFile[];
  /** Files in app.asar.unpacked, beside it on disk. */
  unpacked: PackagedFile[];
}

export interface PackageExpectations {
  /** Every file of the build that `files` in electron-builder.yml takes: out/main, out/preload, out/renderer. */
  builtFiles: string[];
  /** The files the renderer's HTML and CSS point at (scripts, styles, fonts), as paths like builtFiles. */
  referencedFiles: string[];
  /** The .sql files in db/migrations/. */
  migrations: string[];
  /** The names in package.json's devDependencies. */
  devDependencies: string[];
}

/** The files the app can't start or print without, whatever the build produced. */
const entryPoints = ['out/main/main.js', 'out/preload/preload.js', 'out/renderer/index.html', 'out/renderer/print.html'];
/** Where db/migrations.ts looks for the .sql files: beside the main bundle. */
const packagedMigrationsDir = 'out/main/migrations';
/** The native module better-sqlite3 loads; Electron can't dlopen it from inside an archive. */
const sqliteBinding = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
/** Where the app's own code goes: the build's bundles and assets. */
const builtRoots = ['out/main/', 'out/preload/', 'out/renderer/'];
/** All the app ships; the rest of the checkout (electron/, db/, renderer/, tests/, docs/, out/native/…) stays out. */
const appRoots = [...builtRoots, 'node_modules/'];
const appRootFiles = ['package.json'];

/** One line per problem; none when the package is right. */
export function findPackageProblems(listing: PackageListing, expected: PackageExpectations): string[] {
  const packed = new Set(listing.packed.map((file) => file.path));
  const unpacked = new Set(listing.unpacked.map((file) => file.path));
  return [
    ...missingAppFiles(packed, [...expected.builtFiles, ...expected.referencedFiles]),
    ...missingMigrations(packed, expected.migrations),
    ...missingFonts(packed, expected),
    ...misplacedNativeModules(listing, unpacked),
    ...strayProjectFiles(listing),
    ...forbiddenFiles(listing),
    ...packagedDevDependencies(listing, expected.devDependencies),
  ];
}

/** Fonts and migrations are left to their own checks, so that each missing file is named once. */
function missingAppFiles(packed: Set<string>, appFiles: string[]): string[] {
  const required = [...new Set([...entryPoints, ...appFiles.filter((path) => !isFont(path) && !isMigration(path))])];
  return required.filter((path) => !packed.has(path)).map((path) => `missing from app.asar: ${path}`);
}

function missingMigrations(packed: Set<string>, migrations: string[]): string[] {
  return migrations
    .filter((name) => !packed.has(`${packagedMigrationsDir}/${name}`))
    .map((name) => `migration missing from app.asar: db/migrations/${name} (expected at ${packagedMigrationsDir}/${name})`);
}

/**
 * The renderer bundles its Noto fonts (@fontsource) as woff2 assets its CSS points at; screens and
 * printed briefing packs depend on them, on a PC that may have no such fonts installed.
 */
function missingFonts(packed: Set<string>, expected: PackageExpectations): string[] {
  const referenced = expected.referencedFiles.filter(isFont);
  if (referenced.length === 0) return ["the renderer's CSS points at no Noto woff2 fonts (out/renderer/assets/noto-*.woff2)"];
  const fonts = new Set([...referenced, ...expected.builtFiles.filter(isFont)]);
  return [...fonts].filter((path) => !packed.has(path)).map((path) => `font missing from app.asar: ${path}`);
}

function misplacedNativeModules(listing: PackageListing, unpacked: Set<string>): string[] {
  const problems = listing.packed
    .filter((file) => file.path.endsWith('.node'))
    .map((file) => `native module packed inside app.asar (must be in app.asar.unpacked): ${file.path}`);
  if (!unpacked.has(sqliteBinding)) problems.push(`not in app.asar.unpacked: ${sqliteBinding}`);
  return problems;
}

/**
 * Anything outside the app's own folders, named once per folder of the checkout rather than per
 * file. Source maps and .env files are left to forbiddenFiles, which names them wherever they are.
 */
function strayProjectFiles(listing: PackageListing): string[] {
  const strays = new Map<string, number>();
  for (const { path } of allFiles(listing)) {
    if (appRootFiles.includes(path) || appRoots.some((root) => path.startsWith(root)) || isForbiddenAnywhere(path)) continue;
    const segments = path.split('/');
    const depth = segments[0] === 'out' ? 2 : 1;
    const where = segments.length > depth ? `${segments.slice(0, depth).join('/')}/` : path;
    strays.set(where, (strays.get(where) ?? 0) + 1);
  }
  return [...strays].map(([where, count]) => `not part of the app: ${where}${where.endsWith('/') ? ` (${count} ${count === 1 ? 'file' : 'files'})` : ''}`);
}

/**
 * Source maps and .env files anywhere; tests and TypeScript sources among the build's files (outside
 * it, strayProjectFiles names them; dependencies' own are theirs to ship).
 */
function forbiddenFiles(listing: PackageListing): string[] {
  const problems: string[] = [];
  for (const { path } of allFiles(listing)) {
    const name = fileName(path);
    const built = builtRoots.some((root) => path.startsWith(root));
    if (isSourceMap(name)) problems.push(`source map: ${path}`);
    if (isEnvFile(name)) problems.push(`.env file: ${path}`);
    if (built && /\.(test|spec)\.[cm]?[jt]sx?$/.test(name)) problems.push(`test: ${path}`);
    else if (built && /\.[cm]?tsx?$/.test(name)) problems.push(`TypeScript source: ${path}`);
  }
  return problems;
}

/**
 * A devDependency at the top of node_modules/ is one the project installed for building or testing;
 * a copy nested under another package belongs to that package, which needs it at run time.
 */
function packagedDevDependencies(listing: PackageListing, devDependencies: string[]): string[] {
  const found = new Set<string>();
  for (const { path } of allFiles(listing)) {
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
    if (match?.[1] && devDependencies.includes(match[1])) found.add(match[1]);
  }
  return [...found].map((name) => `devDependency in the package: node_modules/${name}/`);
}

function allFiles(listing: PackageListing): PackagedFile[] {
  return [...listing.packed, ...listing.unpacked];
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function isSourceMap(name: string): boolean {
  return name.endsWith('.map');
}

function isEnvFile(name: string): boolean {
  return name === '.env' || name.startsWith('.env.');
}

function isForbiddenAnywhere(path: string): boolean {
  return isSourceMap(fileName(path)) || isEnvFile(fileName(path));
}

function isFont(path: string): boolean {
  return /^out\/renderer\/assets\/noto-.*\.woff2$/.test(path);
}

function isMigration(path: string): boolean {
  return path.startsWith(`${packagedMigrationsDir}/`) && path.endsWith('.sql');
}

/** The one line printed when nothing is wrong: files in the asar and beside it, and their total size in MB of 1024 × 1024 bytes. */
export function describePackage(listing: PackageListing): string {
  const files = allFiles(listing);
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  return `package: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ok`;
}
