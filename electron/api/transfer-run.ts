// Previewing and importing a bundle, step by step: read and verify it, check every record
// against the schema, merge it in one transaction, read every written record back through its
// handler, then commit — or keep nothing. Runs in the transfer worker (transfer-worker.ts) on the
// worker's own connection, so the app stays responsive; tests call it directly too.
import { existsSync } from 'node:fs';
import type { ChannelOutput, ParsedInput, TRANSFER_PHASES } from '../../domain/contract';
import { BundleError, openBundle, type Bundle } from '../../db/transfer/bundle';
import { checkBundle } from '../../db/transfer/check';
import { mergeBundle, previewBundle } from '../../db/transfer/merge';
import type { TableShape, TransferTable } from '../../db/transfer/tables';
import type { HandlerContext } from './context';
import { discardDocumentFile, documentPath, writeDocumentFile } from './document-files';
import { ConflictError, ValidationError } from './errors';
import { inTransaction, recordAudit } from './saving';
import { getSettings } from './settings';
import { checkWrittenRecords } from './transfer-readers';
import { signerStatus, trustSigner } from './transfer-signers';

export type TransferPhase = (typeof TRANSFER_PHASES)[number];

/** How a job tells of its progress, and learns that the officer cancelled it. */
export interface TransferJob {
  report(phase: TransferPhase, done: number, total: number): void;
  cancelled(): boolean;
}

/** Thrown inside the transaction to leave it; nothing written survives. */
class Stop extends Error {}

function counter(job: TransferJob, phase: TransferPhase, total: number): () => void {
  let done = 0;
  job.report(phase, 0, total);
  return () => {
    done++;
    if (job.cancelled()) throw new ConflictError('conflict.transferCancelled');
    if (done % 250 === 0 || done === total) job.report(phase, done, total);
  };
}

/** What is wrong with a bundle, in words the officer can read, naming the record where it can. */
function asAppError(error: unknown): unknown {
  if (error instanceof BundleError) return new ValidationError(`validation.bundle.${error.problem}`, { ...error.place });
  // A row the checks passed and the schema still refused (a CHECK, a UNIQUE): the bundle is at fault.
  // Anything else (another program holding the database, say) is mapped as for every handler.
  const code = (error as { code?: unknown }).code;
  if (error instanceof Error && error.name === 'SqliteError' && typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new ValidationError('validation.bundle.refusedBySchema');
  }
  return error;
}

function verified(ctx: HandlerContext, content: string): { bundle: Bundle; shapes: Record<TransferTable, TableShape> } {
  const bundle = openBundle(content);
  const maxDocumentBytes = getSettings(ctx).documentSizeLimitMb * 1024 * 1024;
  return { bundle, shapes: checkBundle(ctx.db, bundle, { maxDocumentBytes }) };
}

export async function runPreview(ctx: HandlerContext, input: ParsedInput<'transfer:preview'>, job: TransferJob): Promise<ChannelOutput<'transfer:preview'>> {
  try {
    job.report('reading', 0, 1);
    const { bundle, shapes } = verified(ctx, input.content);
    const items = previewBundle(ctx.db, bundle, shapes, counter(job, 'checking', bundle.records.length));
    // A dry run of the import, rolled back: what the import would refuse, the preview refuses now.
    try {
      inTransaction(ctx, () => {
        mergeBundle(ctx.db, bundle, shapes, {}, () => {}, counter(job, 'writing', bundle.records.length));
        checkWrittenRecords(ctx, bundle, counter(job, 'verifying', bundle.records.length));
        throw new Stop();
      });
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
    }
    return { exportedAt: bundle.exportedAt, exportedBy: bundle.exportedBy, signer: signerStatus(ctx, bundle.signer), items };
  } catch (error) {
    throw asAppError(error);
  }
}

/** All or nothing: the rows, the documents' files, a newly trusted PC and the audit entry commit together. */
export async function runImport(ctx: HandlerContext, input: ParsedInput<'transfer:import'>, job: TransferJob): Promise<ChannelOutput<'transfer:import'>> {
  const written: string[] = [];
  try {
    job.report('reading', 0, 1);
    const { bundle, shapes } = verified(ctx, input.content);
    const signer = signerStatus(ctx, bundle.signer);
    if (!signer.trusted && input.unknownSigner === 'refuse') throw new ValidationError('validation.bundle.unknownSigner', { fingerprint: signer.fingerprint });
    return inTransaction(ctx, () => {
      const storeFile = (uuid: string, bytes: Buffer) => {
        // checkBundle refused new bytes under a known UUID; the same bytes need not be written twice.
        if (existsSync(documentPath(ctx.dataDir, uuid))) return;
        writeDocumentFile(ctx.dataDir, uuid, bytes);
        written.push(uuid);
      };
      const result = mergeBundle(ctx.db, bundle, shapes, input.choices, storeFile, counter(job, 'writing', bundle.records.length));
      checkWrittenRecords(ctx, bundle, counter(job, 'verifying', bundle.records.length));
      if (!signer.trusted && input.unknownSigner === 'trust') trustSigner(ctx, bundle.signer, 'confirmedFingerprint');
      recordAudit(ctx, 'import', 'bundle', null, {
        ...result,
        exportedBy: bundle.exportedBy,
        exportedAt: bundle.exportedAt,
        sha256: bundle.sha256,
        signer: { name: signer.name, fingerprint: signer.fingerprint, trusted: signer.trusted, decision: signer.trusted ? 'trusted' : input.unknownSigner },
      });
      return result;
    });
  } catch (error) {
    for (const uuid of written) discardDocumentFile(ctx.dataDir, uuid);
    throw asAppError(error);
  }
}
