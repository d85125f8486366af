// A second copy of the app, started while the first holds the single-instance lock: it hands
// over and quits. app.quit() only asks to quit, so the copy must do nothing else meanwhile.
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTheShell, type BootedShell } from './booted-shell';

let shell: BootedShell;

beforeAll(async () => {
  shell = await bootTheShell({ holdsLock: false });
  await shell.standIn.app.whenExited();
});
afterAll(async () => {
  await shell?.dispose();
});

describe('a second copy of the app', () => {
  it('quits without touching the database, the backups or the screen', () => {
    expect(shell.standIn.app.isReady()).toBe(true);
    expect(shell.standIn.app.exited).toBe(true);
    expect(readdirSync(shell.userData)).toEqual([]);
    expect(existsSync(shell.userData)).toBe(true);
    expect(shell.standIn.windows()).toEqual([]);
    expect(shell.standIn.ipcMain.channels.filter((channel) => channel !== '__ELECTRON_LOG__')).toEqual([]);
    expect(shell.standIn.electron.protocol.isProtocolHandled('app')).toBe(false);
    expect(shell.standIn.requests.answered).toEqual([]);
  });
});
