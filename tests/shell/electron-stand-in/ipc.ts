// Both ends of invoke/handle: ipcMain as the shell sees it, and the sandboxed preload that a
// window runs, whose ipcRenderer.invoke reaches it with the frame Electron would report.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import { enforce } from './rules';

const nodeRequire = createRequire(import.meta.url);

type InvokeHandler = (event: InvokeEvent, ...args: unknown[]) => unknown;

/** The parts of IpcMainInvokeEvent the shell reads (electron.d.ts, IpcMainInvokeEvent). */
export interface InvokeEvent {
  type: 'frame';
  sender: unknown;
  frameId: number;
  processId: number;
  /** "May be null if accessed after the frame has either navigated or been destroyed." */
  readonly senderFrame: { url: string; isDestroyed(): boolean } | null;
}

/** ipcMain is an EventEmitter for `send` messages (ipc-main.md), besides invoke handlers. */
export class StandInIpcMain extends EventEmitter {
  private readonly handlers = new Map<string, InvokeHandler>();

  // Electron's lib/browser/ipc-main-impl.ts throws "Attempted to register a second handler for
  // '<channel>'", and "Expected handler to be a function".
  handle = (channel: string, handler: InvokeHandler): void => {
    enforce(!this.handlers.has(channel), `Attempted to register a second handler for '${channel}'`, 'lib/browser/ipc-main-impl.ts');
    enforce(typeof handler === 'function', 'Expected handler to be a function', 'lib/browser/ipc-main-impl.ts');
    this.handlers.set(channel, handler);
  };

  removeHandler = (channel: string) => {
    this.handlers.delete(channel);
  };

  get channels(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * A renderer's ipcRenderer.invoke(channel, ...args). Arguments and the reply cross as the
   * Structured Clone Algorithm copies them (docs/api/ipc-renderer.md, invoke): functions and
   * symbols throw. With no handler the call is rejected, as Electron's renderer sees it.
   */
  async invoke(event: InvokeEvent, channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    return structuredClone(await handler(event, ...structuredClone(args)));
  }
}

/** What a sandboxed preload exposed with contextBridge.exposeInMainWorld: key → its functions. */
export type ExposedWorld = Map<string, Record<string, (...args: unknown[]) => unknown>>;

/**
 * Runs a preload as Electron runs it with `sandbox: true`: `require` gives only the modules
 * docs/tutorial/sandbox.md lists ("electron" — contextBridge, ipcRenderer… —, "events",
 * "timers", "url"), and the preload path must be absolute (docs/api/structures/web-preferences.md).
 * `invoke` carries each ipcRenderer.invoke to the main process.
 */
export function runSandboxedPreload(preloadPath: string, invoke: (channel: string, args: unknown[]) => Promise<unknown>): ExposedWorld {
  enforce(isAbsolute(preloadPath), `preload '${preloadPath}' is not an absolute path`, 'docs/api/structures/web-preferences.md, preload');
  const exposed: ExposedWorld = new Map();
  const rendererElectron = {
    contextBridge: {
      exposeInMainWorld(key: string, api: Record<string, unknown>) {
        enforce(!exposed.has(key), `exposeInMainWorld('${key}') twice`, 'docs/api/context-bridge.md');
        const functions = Object.entries(api).filter(([, value]) => typeof value === 'function');
        // The stand-in carries only functions across; the app's api is one frozen object of them.
        enforce(functions.length === Object.keys(api).length, 'the stand-in bridges objects of functions only', 'tests/shell/electron-stand-in');
        exposed.set(key, Object.fromEntries(functions) as Record<string, (...args: unknown[]) => unknown>);
      },
    },
    ipcRenderer: { invoke: (channel: string, ...args: unknown[]) => invoke(channel, args) },
  };
  const sandboxRequire = (id: string): unknown => {
    if (id === 'electron') return rendererElectron;
    enforce(['events', 'timers', 'url'].includes(id), `a sandboxed preload can't require '${id}'`, 'docs/tutorial/sandbox.md');
    return nodeRequire(id) as unknown;
  };
  const module = { exports: {} };
  // The built preload is CommonJS; this is how Node itself wraps such a module.
  const preload = new Function('require', 'module', 'exports', readFileSync(preloadPath, 'utf8')) as (r: unknown, m: unknown, e: unknown) => void;
  preload(sandboxRequire, module, module.exports);
  return exposed;
}
