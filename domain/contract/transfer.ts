// Transfer bundles between air-gapped PCs: export chosen visits and agreements, preview an import,
// merge it; the PCs whose signed bundles the office trusts; progress and cancel of a long job.
import { z } from 'zod';
import { Id, Uuid } from './common';

export const TransferExportInput = z
  .object({ visitIds: z.array(Id).max(1000), agreementIds: z.array(Id).max(1000) })
  .strict()
  .refine((input) => input.visitIds.length + input.agreementIds.length > 0, { message: 'validation.transferNothingChosen' });
export const TransferExported = z.object({ fileName: z.string(), content: z.string(), records: z.number().int() });

/**
 * A bundle file's text, as read from disk by the renderer. The limit here only stops absurd input
 * at the door; the bundle's own limits (db/transfer/bundle.ts) say what an office may send.
 */
const BundleText = z.string().max(256 * 1024 * 1024, { message: 'validation.bundle.tooLarge' });
export const TransferPreviewInput = z.object({ content: BundleText }).strict();
export const TransferChoice = z.enum(['incoming', 'local']);
export const TransferStatus = z.enum(['added', 'updated', 'unchanged', 'conflicting']);
export const TransferPreviewItem = z.object({
  table: z.string(),
  uuid: Uuid,
  label: z.object({ az: z.string().nullable(), ru: z.string().nullable(), en: z.string().nullable() }),
  status: TransferStatus,
  localUpdatedAt: z.string().nullable(),
  incomingUpdatedAt: z.string().nullable(),
  defaultChoice: TransferChoice,
});
export type TransferPreviewItem = z.output<typeof TransferPreviewItem>;

/** Who signed a bundle, and whether the office trusts that PC (under the name it gave it). */
export const TransferSigner = z.object({
  name: z.string(),
  fingerprint: z.string(),
  trusted: z.boolean(),
  trustedAs: z.string().nullable(),
});
export const TransferPreview = z.object({
  exportedAt: z.string(),
  exportedBy: z.string(),
  signer: TransferSigner,
  items: z.array(TransferPreviewItem),
});

/**
 * What to do when the signer is not a trusted PC: refuse, import this once, or trust the PC
 * from now on (after its fingerprint was confirmed with the sender, e.g. over the phone).
 */
export const UnknownSignerDecision = z.enum(['refuse', 'importOnce', 'trust']);
export const TransferImportInput = z
  .object({ content: BundleText, choices: z.record(Uuid, TransferChoice), unknownSigner: UnknownSignerDecision.default('refuse') })
  .strict();
export const TransferImported = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  keptLocal: z.number().int(),
});

export const TRANSFER_PHASES = ['reading', 'checking', 'writing', 'verifying'] as const;
export const TransferProgress = z.object({
  running: z.boolean(),
  phase: z.enum(TRANSFER_PHASES).nullable(),
  done: z.number().int(),
  total: z.number().int(),
});
export const TransferCancelled = z.object({ cancelling: z.boolean() });

/** This PC's transfer key: its name and fingerprint, and the public key file other PCs import. */
export const TRANSFER_KEY_FORMAT = 'protocol-desk-transfer-key';
export const TransferKeyFile = z
  .object({
    format: z.literal(TRANSFER_KEY_FORMAT),
    version: z.literal(1),
    name: z.string().trim().min(1).max(200),
    publicKey: z.string().max(200),
  })
  .strict();
export const TransferIdentity = z.object({ name: z.string(), fingerprint: z.string(), keyFile: z.object({ fileName: z.string(), content: z.string() }) });
export const TrustedSigner = z.object({ id: Id, name: z.string(), fingerprint: z.string(), addedAt: z.string(), addedBy: z.string() });
export const TrustKeyFileInput = z.object({ content: z.string().max(10_000) }).strict();
