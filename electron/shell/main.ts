// The Electron entry point: lifecycle, single instance, database, IPC and the window.
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { app, BrowserWindow, session } from 'electron';
import log from 'electron-log/main';
import { openDatabase, type Db } from '../../db/open';
import { electronNativeBindingPath } from '../native-binding';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { hardenAllContents, hardenSession } from './hardening';
import { registerChannels } from './ipc';
import { createMainWindow, preloadPathFrom } from './main-window';

log.initialize();
log.errorHandler.startCatching();

// Two instances writing one database would fight over it; the second hands over to the first.
if (!app.requestSingleInstanceLock()) app.quit();

registerAppScheme();
hardenAllContents();

let db: Db | undefined;

function openOfficeDatabase(): Db {
  const file = join(app.getPath('userData'), 'protocol-desk.sqlite');
  // The packaged app's node_modules is rebuilt for Electron by electron-builder; under
  // `npm start` we load the Electron-ABI copy that prepare-electron-native made.
  const nativeBinding = app.isPackaged
    ? undefined
    : electronNativeBindingPath(resolve(app.getAppPath()), process.versions.electron);
  log.info(`database: ${file}`);
  return openDatabase(file, { nativeBinding });
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.whenReady().then(() => {
  hardenSession(session.defaultSession);
  serveRenderer(resolve(__dirname, '..', 'renderer'));
  db = openOfficeDatabase();
  registerChannels({ db, actor: userInfo().username, now: () => new Date(), dataDir: app.getPath('userData') });
  createMainWindow(preloadPathFrom(__dirname));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPathFrom(__dirname));
  });
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => db?.close());
