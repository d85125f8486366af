// The crash tests' one way to kill a writer: start it (a TypeScript file, with tsx's loader inside
// the one process, since tsx's CLI would fork a second process that SIGKILL would miss), wait for
// its first committed line, kill it `delayMs` later, and hand back the whole lines it printed.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export function killWriterMidway(writer: string, args: string[], delayMs: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let errors = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!armed && out.includes('\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`the writer ended by itself: ${errors}`));
      // Writers print each line with one write after a commit; a torn last line is dropped all the same.
      done(out.endsWith('\n') ? out.split('\n').filter(Boolean) : out.split('\n').slice(0, -1).filter(Boolean));
    });
  });
}
