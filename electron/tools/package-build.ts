// Lays out the packaged app with electron-builder, as `npm run dist` would, but offline: against the
// Electron stand-in, without the native rebuild, and only as the unpacked `dir` target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Arch, build, Platform } from 'electron-builder';
import { createStandInElectronDist } from './package-electron-dist';

/**
 * Packages `projectDir` into `workDir` and returns the packaged app's `resources` folder, which
 * holds app.asar and app.asar.unpacked.
 *
 * Always the Linux `dir` target, whatever the host: electron-builder.yml packages the same files for
 * every platform (no per-platform `files`), and Linux is the one platform whose executable
 * electron-builder only renames and fuses, where Windows edits the .exe's resources and macOS
 * reads the Electron.app bundle, which a stand-in can't provide.
 */
export async function buildPackage(projectDir: string, workDir: string): Promise<string> {
  const electronDist = join(workDir, 'electron-stand-in');
  const outputDir = join(workDir, 'dist');
  createStandInElectronDist(electronDist);
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      // A path in `extends` makes electron-builder load that file as the configuration and lay
      // these keys over it, as `--config electron-builder.yml -c.key=value` does on the command line.
      extends: join(projectDir, 'electron-builder.yml'),
      electronDist,
      electronVersion: installedElectronVersion(projectDir),
      // The rebuild compiles better-sqlite3 against Electron's headers, which it would download; this
      // check is about which files are packaged, not about the binary's ABI.
      npmRebuild: false,
      directories: { output: outputDir },
    },
  });
  return join(outputDir, 'linux-unpacked', 'resources');
}

/** The version npm installed, which is what `npm run dist` packages (not the range in package.json). */
function installedElectronVersion(projectDir: string): string {
  const manifest = JSON.parse(readFileSync(join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
