// The Electron entry point: lifecycle, single instance, database, IPC, menu and the window.
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { app, BrowserWindow, session } from 'electron';
import log from 'electron-log/main';
import type { HandlerContext } from '../api/context';
import { automaticBackup } from '../api/backup';
import { startOffice } from '../api/recovery';
import { getSettings } from '../api/settings';
import type { Channel } from '../../domain/contract';
import { electronNativeBindingPath } from '../native-binding';
import { setAppMenu } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { hardenAllContents, hardenSession } from './hardening';
import { registerChannels } from './ipc';
import { createMainWindow, preloadPathFrom } from './main-window';
import { electronPrinter } from './print-pdf';
import { safeStorageSecrets } from './secrets';

// Only the main process logs through electron-log; log.initialize() is not called, since it
// would inject electron-log's own preload into every page the app shows.
log.errorHandler.startCatching();

/** Calls after which the interface language may be another: the menu follows it. */
const LANGUAGE_CHANGING: readonly Channel[] = ['settings:save', 'backup:restore', 'recovery:startEmpty'];

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

/** Everything the first copy of the app does; a second copy never gets here. */
function runFirstInstance(): void {
  registerAppScheme();
  hardenAllContents();
  let office: HandlerContext | undefined;

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    serveRenderer(resolve(__dirname, '..', 'renderer'));
    const opened = await openOffice();
    office = opened;
    if (opened.office?.problem) log.error('database unusable, starting in recovery', opened.office.problem);
    const followLanguage = () => setAppMenu(getSettings(opened).language);
    followLanguage();
    // The same object throughout: a restore swaps its database in place.
    registerChannels(Object.assign(opened, { printer: electronPrinter(preloadPathFrom(__dirname)), secrets: safeStorageSecrets }), (channel) => {
      if (LANGUAGE_CHANGING.includes(channel)) followLanguage();
    });
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
}

// Two copies writing one database would fight over it. Electron's own pattern: a copy that
// doesn't get the lock quits and does nothing else, since app.quit() only asks to quit.
if (app.requestSingleInstanceLock()) runFirstInstance();
else app.quit();
