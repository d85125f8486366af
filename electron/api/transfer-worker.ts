// The transfer worker: previews or imports one bundle on its own database connection, off the
// main process's event loop. It reports progress to the main thread and reads the officer's
// cancel from a shared flag between records (the work itself is synchronous SQLite).
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open';
import type { HandlerContext } from './context';
import { toApiError } from './errors';
import { runImport, runPreview, type TransferJob } from './transfer-run';
import type { TransferWork } from './transfer-jobs';

async function work(task: TransferWork): Promise<unknown> {
  const ctx: HandlerContext = {
    db: openDatabase(task.file, { nativeBinding: task.nativeBinding }),
    actor: task.actor,
    now: () => new Date(task.now),
    dataDir: task.dataDir,
  };
  const cancel = new Int32Array(task.cancelFlag);
  const job: TransferJob = {
    report: (phase, done, total) => parentPort?.postMessage({ type: 'progress', phase, done, total }),
    cancelled: () => Atomics.load(cancel, 0) === 1,
  };
  try {
    return task.kind === 'preview' ? await runPreview(ctx, task.input, job) : await runImport(ctx, task.input, job);
  } finally {
    ctx.db.close();
  }
}

work(workerData as TransferWork).then(
  (value) => parentPort?.postMessage({ type: 'done', value }),
  (error: unknown) => parentPort?.postMessage({ type: 'failed', error: toApiError(error), detail: error instanceof Error ? error.stack : String(error) }),
);
