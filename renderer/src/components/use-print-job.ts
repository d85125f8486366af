// Sending a print job to the printer or to a PDF file: one busy flag for the buttons that start
// it, and the notices every print button shows (where the PDF went, that the job was printed).
import { useState } from 'react';
import type { PrintJob } from '../../../domain/contract';
import { call } from '../api';
import { showError, showSuccess } from '../store/notices-store';

export function usePrintJob() {
  const [busy, setBusy] = useState(false);
  /** Runs any printing work (a CSV too), busy until it ends; a failure is shown as a notice. */
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    work()
      .catch(showError)
      .finally(() => setBusy(false));
  };
  return {
    busy,
    run,
    exportPdf: (job: PrintJob) =>
      run(async () => {
        const result = await call('briefing:exportPdf', job);
        if (result.saved && result.path) showSuccess('briefingPack.exported', { path: result.path });
      }),
    print: (job: PrintJob) =>
      run(async () => {
        if ((await call('briefing:print', job)).printed) showSuccess('briefingPack.printed');
      }),
  };
}
