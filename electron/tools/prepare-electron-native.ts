// `npm start` step: compile better-sqlite3 for Electron's ABI into out/native/, once per Electron
// version, without touching the Node build in node_modules that `npm test` uses.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { rebuild } from '@electron/rebuild';
import { electronNativeBindingPath } from '../native-binding';

const projectRoot = resolve(__dirname, '..', '..');
const require = createRequire(join(projectRoot, 'package.json'));
const electronVersion: string = require('electron/package.json').version;
const target = electronNativeBindingPath(projectRoot, electronVersion);

async function main() {
  if (existsSync(target)) {
    console.log(`better-sqlite3 for Electron ${electronVersion}: ready (${target})`);
    return;
  }
  const workDir = join(projectRoot, 'out', 'native', 'work');
  const moduleSource = dirname(require.resolve('better-sqlite3/package.json'));
  rmSync(workDir, { recursive: true, force: true });
  cpSync(moduleSource, join(workDir, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`),
  });
  writeFileSync(join(workDir, 'package.json'), JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3': '*' } }));
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; takes a few minutes)…`);
  await rebuild({ buildPath: workDir, electronVersion, onlyModules: ['better-sqlite3'], force: true, buildFromSource: true });
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(workDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(workDir, { recursive: true, force: true });
  console.log(`better-sqlite3 for Electron ${electronVersion}: built (${target})`);
}

main().catch((error: unknown) => {
  console.error('Could not build better-sqlite3 for Electron:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
