// Transfer bundles: export, preview and an all-or-nothing merge, each recorded in the audit log.
import { existsSync } from 'node:fs';
import type { ChannelOutput, ParsedInput } from '../contract';
import { appSchemaVersion } from '../../db/integrity';
import { BundleError, openBundle, sealBundle, type Bundle } from '../../db/transfer/bundle';
import { collectRecords } from '../../db/transfer/collect';
import { mergeBundle, previewBundle } from '../../db/transfer/merge';
import type { HandlerContext } from './context';
import { discardDocumentFile, documentPath, writeDocumentFile } from './document-files';
import { ValidationError } from './errors';
import { inTransaction, recordAudit, timestamp } from './saving';

/** Reads and verifies a bundle, turning what is wrong with it into a message the officer can read. */
function opened(content: string): Bundle {
  try {
    return openBundle(content);
  } catch (error) {
    if (error instanceof BundleError) throw new ValidationError(`validation.bundle.${error.problem}`);
    throw error;
  }
}

const translated = <T>(work: () => T): T => {
  try {
    return work();
  } catch (error) {
    if (error instanceof BundleError) throw new ValidationError(`validation.bundle.${error.problem}`);
    throw error;
  }
};

export function exportBundle(ctx: HandlerContext, input: ParsedInput<'transfer:export'>): ChannelOutput<'transfer:export'> {
  return inTransaction(ctx, () => {
    const records = collectRecords(ctx.db, ctx.dataDir, { visits: input.visitIds, agreements: input.agreementIds });
    const at = timestamp(ctx);
    const bundle = sealBundle({ exportedAt: at, exportedBy: ctx.actor, schemaVersion: appSchemaVersion() }, records);
    recordAudit(ctx, 'export', 'bundle', null, { visits: input.visitIds.length, agreements: input.agreementIds.length, records: records.length, sha256: bundle.sha256 });
    return { fileName: `protocol-desk-${at.slice(0, 10)}.pdbundle.json`, content: JSON.stringify(bundle), records: records.length };
  });
}

export function previewTransfer(ctx: HandlerContext, input: ParsedInput<'transfer:preview'>): ChannelOutput<'transfer:preview'> {
  const bundle = opened(input.content);
  return { exportedAt: bundle.exportedAt, exportedBy: bundle.exportedBy, items: translated(() => previewBundle(ctx.db, bundle)) };
}

/** All or nothing: the rows, the documents' files and the audit entry commit together or not at all. */
export function importTransfer(ctx: HandlerContext, input: ParsedInput<'transfer:import'>): ChannelOutput<'transfer:import'> {
  const bundle = opened(input.content);
  const written: string[] = [];
  try {
    return translated(() =>
      inTransaction(ctx, () => {
        const result = mergeBundle(ctx.db, bundle, input.choices, (uuid, bytes) => {
          // A document's bytes never change under its UUID (a new version is a new document), so a file already here stays.
          if (existsSync(documentPath(ctx.dataDir, uuid))) return;
          writeDocumentFile(ctx.dataDir, uuid, bytes);
          written.push(uuid);
        });
        recordAudit(ctx, 'import', 'bundle', null, { ...result, exportedBy: bundle.exportedBy, exportedAt: bundle.exportedAt, sha256: bundle.sha256 });
        return result;
      }),
    );
  } catch (error) {
    for (const uuid of written) discardDocumentFile(ctx.dataDir, uuid);
    throw error;
  }
}
