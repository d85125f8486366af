// A stand-in for an unpacked Linux Electron distribution, so electron-builder can lay out the app
// (its `linux-unpacked` folder and app.asar) on a machine that cannot download Electron.
//
// What electron-builder 26 needs from an unpacked `electronDist` folder for a Linux `dir` build
// (node_modules/app-builder-lib/out/electron/ElectronFramework.js):
// - `unpack()`: a folder without the `electron-v<version>-linux-<arch>.zip` inside is taken as an
//   unpacked distribution and copied whole into the output folder;
// - `beforeCopyExtraFiles()`: on Linux it renames `electron` to the app's executable name, so that
//   file must exist;
// - `retainElectronLicenseFiles()`: moves `LICENSE` if present ("a custom Electron distribution may
//   not ship license files"), so none is needed; `version` and `resources/default_app.asar` are
//   only deleted after a download, never read, so they are left out too;
// - `PlatformPackager.addElectronFuses()` (platformPackager.js) runs @electron/fuses' `flipFuses()`
//   on the renamed executable because electron-builder.yml sets `electronFuses`; it looks for the
//   fuse sentinel followed by the wire version, the wire length and one byte per fuse
//   (node_modules/@electron/fuses/dist/index.js), so the stand-in carries such a wire.
// The app's Electron version is given to electron-builder as `electronVersion`, so nothing in this
// folder has to say it.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses' SENTINEL (dist/constants.js): the marker before the fuse wire in an Electron binary. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseWireVersion = 1;
/**
 * Electron's own defaults for the eight V1 fuses @electron/fuses knows, in wire order ('1' on,
 * '0' off): RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
 * EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
 */
const defaultFuseWire = '10110001';

/** Writes the stand-in into `dir` (created if needed). It runs nothing: started, it says what it is and fails. */
export function createStandInElectronDist(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const executable = join(dir, 'electron');
  const script = '#!/bin/sh\necho "stand-in for Electron, made by npm run check-package; it cannot run the app" >&2\nexit 1\n';
  const fuseWire = Buffer.concat([
    Buffer.from(`# fuses: ${fuseSentinel}`, 'latin1'),
    Buffer.from([fuseWireVersion, defaultFuseWire.length]),
    Buffer.from(`${defaultFuseWire}\n`, 'latin1'),
  ]);
  writeFileSync(executable, Buffer.concat([Buffer.from(script, 'latin1'), fuseWire]));
  chmodSync(executable, 0o755);
}
