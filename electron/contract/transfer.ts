// Transfer bundles between air-gapped PCs: export chosen visits and agreements, preview an import, merge it.
import { z } from 'zod';
import { Id, Uuid } from './common';

export const TransferExportInput = z
  .object({ visitIds: z.array(Id).max(1000), agreementIds: z.array(Id).max(1000) })
  .strict()
  .refine((input) => input.visitIds.length + input.agreementIds.length > 0, { message: 'validation.transferNothingChosen' });
export const TransferExported = z.object({ fileName: z.string(), content: z.string(), records: z.number().int() });

/** A bundle file's text, as read from disk by the renderer (documents make it large). */
const BundleText = z.string().max(512 * 1024 * 1024);
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
export const TransferPreview = z.object({ exportedAt: z.string(), exportedBy: z.string(), items: z.array(TransferPreviewItem) });

export const TransferImportInput = z
  .object({ content: BundleText, choices: z.record(Uuid, TransferChoice) })
  .strict();
export const TransferImported = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  keptLocal: z.number().int(),
});
