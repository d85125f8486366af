// The Electron entry point: lifecycle, single instance, database, IPC and the window.
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { app, BrowserWindow, session } from 'electron';
import log from 'electron-log/main';
import type { HandlerContext } from '../api/context';
import { automaticBackup } from '../api/backup';
import { startOffice } from '../api/recovery';
import { electronNativeBindingPath } from '../native-binding';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { hardenAllContents, hardenSession } from './hardening';
import { registerChannels } from './ipc';
import { createMainWindow, preloadPathFrom } from './main-window';
import { electronPrinter } from './print-pdf';

log.initialize();
log.errorHandler.startCatching();

// Two instances writing one database would fight over it; the second hands over to the first.
if (!app.requestSingleInstanceLock()) app.quit();

registerAppScheme();
hardenAllContents();

let office: HandlerContext | undefined;

/** Opens the database after a quick check (or starts in recovery) and makes the day's first backup. */
function openOffice(): Promise<HandlerContext> {
  const dataDir = app.getPath('userData');
  const file = join(dataDir, 'protocol-desk.sqlite');
  // The packaged app's node_modules is rebuilt for Electron by electron-builder; under
  // `npm start` we load the Electron-ABI copy that prepare-electron-native made.
  const nativeBinding = app.isPackaged
    ? undefined
    : electronNativeBindingPath(resolve(app.getAppPath()), process.versions.electron);
  log.info(`database: ${file}`);
  return startOffice({
    file,
    dataDir,
    nativeBinding,
    actor: userInfo().username,
    now: () => new Date(),
    onBackupError: (error) => log.error('start backup failed', error),
    onSweep: (sweep) => log.warn('stored documents swept at start', sweep),
  });
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.whenReady().then(async () => {
  hardenSession(session.defaultSession);
  serveRenderer(resolve(__dirname, '..', 'renderer'));
  office = await openOffice();
  if (office.office?.problem) log.error('database unusable, starting in recovery', office.office.problem);
  // The same object throughout: a restore swaps its database in place.
  registerChannels(Object.assign(office, { printer: electronPrinter(preloadPathFrom(__dirname)) }));
  createMainWindow(preloadPathFrom(__dirname));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPathFrom(__dirname));
  });
});

app.on('window-all-closed', () => app.quit());

// The quit backup runs before the database closes; quitting waits for it, once.
let quitBackupDone = false;
app.on('will-quit', (event) => {
  const open = office;
  if (!open || quitBackupDone) {
    open?.db.close();
    return;
  }
  event.preventDefault();
  quitBackupDone = true;
  automaticBackup(open, 'quit')
    .catch((error: unknown) => log.error('quit backup failed', error))
    .finally(() => app.quit());
});
