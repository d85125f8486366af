import { join } from 'node:path';

/**
 * Where `npm start` keeps better-sqlite3 compiled for Electron's ABI, beside (never instead of)
 * the Node build in node_modules that the tests use. One folder per Electron version, so an
 * upgrade rebuilds instead of loading a mismatched module.
 */
export function electronNativeBindingPath(projectRoot: string, electronVersion: string): string {
  return join(projectRoot, 'out', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}
