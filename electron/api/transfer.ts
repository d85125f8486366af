// Transfer bundles: export (signed by this PC), preview and an all-or-nothing import run in the
// transfer worker, and the office's trusted PCs; each recorded in the audit log.
import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import { appSchemaVersion } from '../../db/integrity';
import { sealBundle } from '../../db/transfer/bundle';
import { collectRecords } from '../../db/transfer/collect';
import type { HandlerContext } from './context';
import { readDocumentFile, sha256 } from './document-files';
import { ConflictError } from './errors';
import { inTransaction, recordAudit, timestamp } from './saving';
import { transferIdentity } from './transfer-identity';
import { runTransferJob } from './transfer-jobs';

/** A stored file that is gone or no longer matches its row's hash is not sent on. */
function verifiedDocument(ctx: HandlerContext, uuid: string, expected: string): Buffer {
  const bytes = readDocumentFile(ctx.dataDir, uuid);
  if (bytes === null || sha256(bytes) !== expected) throw new ConflictError('conflict.documentDamaged', { document: uuid });
  return bytes;
}

export function exportBundle(ctx: HandlerContext, input: ParsedInput<'transfer:export'>): ChannelOutput<'transfer:export'> {
  const identity = transferIdentity(ctx);
  return inTransaction(ctx, () => {
    const records = collectRecords(ctx.db, { visits: input.visitIds, agreements: input.agreementIds }, (uuid, hash) => verifiedDocument(ctx, uuid, hash));
    const at = timestamp(ctx);
    const signer = { name: identity.name, publicKey: identity.publicKey };
    const bundle = sealBundle({ exportedAt: at, exportedBy: ctx.actor, schemaVersion: appSchemaVersion(), signer }, records, identity.sign);
    recordAudit(ctx, 'export', 'bundle', null, { visits: input.visitIds.length, agreements: input.agreementIds.length, records: records.length, sha256: bundle.sha256 });
    return { fileName: `protocol-desk-${at.slice(0, 10)}.pdbundle.json`, content: JSON.stringify(bundle), records: records.length };
  });
}

export const previewTransfer = (ctx: HandlerContext, input: ParsedInput<'transfer:preview'>) => runTransferJob(ctx, 'preview', input);
export const importTransfer = (ctx: HandlerContext, input: ParsedInput<'transfer:import'>) => runTransferJob(ctx, 'import', input);
