// Folders and files made read-only for real, for the read-only database tests. Root writes through
// permission bits, so as root (as in CI) they are made read-only with mounts: a tmpfs remounted
// read-only, a file bind-mounted read-only. Any other user gets plain permissions, which bind it.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Locker = 'mount' | 'chmod';

function chooseLocker(): { locker: Locker | null; why: string } {
  if (process.platform === 'win32') return { locker: null, why: 'it needs POSIX mounts or permissions' };
  if (process.getuid?.() !== 0) return { locker: 'chmod', why: '' };
  const probe = mkdtempSync(join(tmpdir(), 'protocol-desk-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return { locker: 'mount', why: '' };
  } catch (error) {
    return { locker: null, why: `it runs as root, which writes through permissions, and may not mount here (${String(error).split('\n')[0]})` };
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

export const { locker, why: cannotLockWhy } = chooseLocker();
if (locker === null) console.warn(`read-only database tests skipped: ${cannotLockWhy}`);

const run = (command: string, ...args: string[]) => execFileSync(command, args, { stdio: 'pipe' });

/** Makes places and takes them all away again, last first, in `dispose()`. */
export class ReadOnlyPlaces {
  private readonly undo: (() => void)[] = [];

  /** A new, writable folder that will be removed. */
  scratch(prefix = 'protocol-desk-read-only-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.onDispose(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  /** A new folder that `lockFolder` can make read-only: under the mount locker, a tmpfs of its own. */
  folder(): string {
    const dir = this.scratch();
    if (locker === 'mount') {
      run('mount', '-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir);
      this.onDispose(() => run('umount', '-l', dir));
    }
    return dir;
  }

  lockFolder(dir: string): void {
    if (locker === 'mount') return void run('mount', '-o', 'remount,ro', dir);
    chmodSync(dir, 0o555);
    this.onDispose(() => chmodSync(dir, 0o755));
  }

  lockFile(file: string): void {
    if (locker === 'mount') {
      run('mount', '--bind', file, file);
      this.onDispose(() => run('umount', '-l', file));
      run('mount', '-o', 'remount,ro,bind', file);
      return;
    }
    chmodSync(file, 0o444);
    this.onDispose(() => chmodSync(file, 0o644));
  }

  onDispose(step: () => void): void {
    this.undo.push(step);
  }

  dispose(): void {
    for (const step of this.undo.splice(0).reverse()) step();
  }
}
