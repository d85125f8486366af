// The `app` module: start-up, readiness, the single-instance lock and the quit sequence.
import { EventEmitter } from 'node:events';
import { electronEvent, enforce } from './rules';

/** app.getPath's names, as typed in electron.d.ts (App.getPath). Any other name throws there. */
const PATH_NAMES = [
  'home', 'appData', 'assets', 'userData', 'sessionData', 'temp', 'exe', 'module', 'desktop',
  'documents', 'downloads', 'music', 'pictures', 'videos', 'recent', 'logs', 'crashDumps',
] as const;
type PathName = (typeof PATH_NAMES)[number];

export interface AppOptions {
  /** What requestSingleInstanceLock() answers: false when another copy already holds the lock. */
  holdsLock: boolean;
  isPackaged: boolean;
  appPath: string;
  name: string;
  version: string;
  paths: Partial<Record<PathName, string>>;
  /** Closes every open window, as the quit sequence does before `will-quit`. */
  closeAllWindows: () => void;
}

export class StandInApp extends EventEmitter {
  readonly isPackaged: boolean;
  readonly name: string;
  aboutPanel: Record<string, unknown> | undefined;
  private ready = false;
  private quitRequested = false;
  private exitedFlag = false;
  private readonly readyWaiters: (() => void)[] = [];
  private readonly exitWaiters: (() => void)[] = [];

  constructor(private readonly options: AppOptions) {
    super();
    this.isPackaged = options.isPackaged;
    this.name = options.name;
  }

  isReady = () => this.ready;
  get exited() {
    return this.exitedFlag;
  }
  getName = () => this.name;
  getVersion = () => this.options.version;
  getAppPath = () => this.options.appPath;

  getPath = (name: PathName): string => {
    // App.getPath: "On failure, an Error is thrown."
    enforce(PATH_NAMES.includes(name), `app.getPath('${name}') is not a known path`, 'electron.d.ts App.getPath');
    const path = this.options.paths[name];
    enforce(path, `the stand-in was given no folder for app.getPath('${name}')`, 'tests/shell/electron-stand-in');
    return path;
  };

  requestSingleInstanceLock = () => this.options.holdsLock;

  whenReady = (): Promise<void> => (this.ready ? Promise.resolve() : new Promise((done) => this.readyWaiters.push(done)));

  setAboutPanelOptions = (options: Record<string, unknown>) => {
    this.aboutPanel = { ...options };
  };

  /**
   * Electron emits `ready` once, after the main script has run (App `ready` event); whenReady()
   * resolves then. A quit asked for before that runs after it: app.quit() only asks to quit
   * ("Try to close all windows…", App.quit), and the process goes on until the sequence ends.
   */
  emitReady(): void {
    enforce(!this.ready, 'ready is emitted once', 'electron.d.ts App "ready" event');
    if (this.exitedFlag) return;
    this.ready = true;
    this.emit('ready', electronEvent({}), {});
    for (const done of this.readyWaiters.splice(0)) done();
    if (this.quitRequested) setImmediate(() => this.runQuitSequence());
  }

  quit = (): void => {
    this.assertAlive('app.quit()');
    if (this.quitRequested) return;
    this.quitRequested = true;
    if (this.ready) setImmediate(() => this.runQuitSequence());
  };

  /**
   * App.quit: "The before-quit event will be emitted first. If all windows are successfully
   * closed, the will-quit event will be emitted and by default the application will terminate."
   * will-quit: "Calling event.preventDefault() will prevent the default behavior, which is
   * terminating the application." Then `quit` is emitted and the process ends.
   */
  private runQuitSequence(): void {
    this.quitRequested = false;
    const beforeQuit = electronEvent({});
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.options.closeAllWindows();
    const willQuit = electronEvent({});
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', electronEvent({}), 0);
    this.exitedFlag = true;
    for (const done of this.exitWaiters.splice(0)) done();
  }

  /** Resolves once the process would have ended. */
  whenExited = (): Promise<void> => (this.exitedFlag ? Promise.resolve() : new Promise((done) => this.exitWaiters.push(done)));

  assertAlive(what: string): void {
    enforce(!this.exitedFlag, `${what} after the app has quit: the process is gone`, 'electron.d.ts App "quit" event');
  }

  assertReady(what: string): void {
    this.assertAlive(what);
    enforce(this.ready, `${what} before the app is ready`, 'electron.d.ts: this module "cannot be used until the ready event of the app module is emitted"');
  }
}
