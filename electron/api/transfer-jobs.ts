// One transfer job at a time, run in a worker thread: the main process keeps answering the
// window while a large bundle is read, checked and merged, and can report its progress and pass
// on a cancel.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import type { HandlerContext } from './context';
import { AppError, ConflictError } from './errors';
import type { TransferPhase } from './transfer-run';

export type TransferWork =
  | ({ kind: 'preview'; input: ParsedInput<'transfer:preview'> } & WorkerSetup)
  | ({ kind: 'import'; input: ParsedInput<'transfer:import'> } & WorkerSetup);
interface WorkerSetup {
  file: string;
  nativeBinding?: string;
  dataDir: string;
  actor: string;
  now: string;
  cancelFlag: SharedArrayBuffer;
}

interface RunningJob {
  phase: TransferPhase | null;
  done: number;
  total: number;
  cancel: Int32Array;
}
let running: RunningJob | null = null;

/**
 * The worker's script: bundled beside main.js in the app (electron.vite.config.ts); from the
 * sources (tests, the command-line tools) the TypeScript file, loaded through tsx.
 */
function startWorker(work: TransferWork): Worker {
  const built = join(__dirname, 'transfer-worker.js');
  if (existsSync(built)) return new Worker(built, { workerData: work });
  const source = JSON.stringify(join(__dirname, 'transfer-worker.ts'));
  return new Worker(`require('tsx/cjs/api').register(); require(${source});`, { eval: true, workerData: work });
}

type Outcome = { type: 'progress'; phase: TransferPhase; done: number; total: number } | { type: 'done'; value: unknown } | { type: 'failed'; error: ReturnType<AppError['toShape']>; detail: string };

export function runTransferJob<K extends TransferWork['kind']>(
  ctx: HandlerContext,
  kind: K,
  input: Extract<TransferWork, { kind: K }>['input'],
): Promise<K extends 'preview' ? ChannelOutput<'transfer:preview'> : ChannelOutput<'transfer:import'>> {
  if (running) throw new ConflictError('conflict.transferRunning');
  const file = ctx.db.name;
  const job: RunningJob = { phase: null, done: 0, total: 0, cancel: new Int32Array(new SharedArrayBuffer(4)) };
  running = job;
  const work = { kind, input, file, nativeBinding: ctx.office?.nativeBinding, dataDir: ctx.dataDir, actor: ctx.actor, now: ctx.now().toISOString(), cancelFlag: job.cancel.buffer as SharedArrayBuffer } as TransferWork;
  return new Promise((resolve, reject) => {
    const worker = startWorker(work);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      running = null;
      outcome();
    };
    worker.on('message', (message: Outcome) => {
      if (message.type === 'progress') Object.assign(job, { phase: message.phase, done: message.done, total: message.total });
      else if (message.type === 'done') finish(() => resolve(message.value as never));
      else if (message.error.code === 'internal') finish(() => reject(new Error(`transfer ${kind} failed in its worker: ${message.detail}`)));
      else finish(() => reject(new AppError(message.error.code, message.error.messageKey, message.error.params, message.error.issues)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the transfer worker stopped (exit code ${code})`))));
  });
}

export const transferProgress = (): ChannelOutput<'transfer:progress'> =>
  running ? { running: true, phase: running.phase, done: running.done, total: running.total } : { running: false, phase: null, done: 0, total: 0 };

/** Asks the running job to stop; it rolls back and answers `conflict.transferCancelled`. */
export function cancelTransfer(): ChannelOutput<'transfer:cancel'> {
  if (!running) return { cancelling: false };
  Atomics.store(running.cancel, 0, 1);
  return { cancelling: true };
}
