import { Alert, Loader, ScrollArea, Stack } from '@mantine/core';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
// Vite bundles the worker as a .js file of the app's own origin: the CSP's 'self' allows it, and
// the app:// protocol serves .js with a JavaScript type (it knows no .mjs).
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// One worker for every document the viewer opens, started on first use.
let worker: Worker | null = null;
function ensureWorker(): void {
  worker ??= new PdfWorker();
  GlobalWorkerOptions.workerPort = worker;
}

/** Renders every page of a PDF to canvases; pdf.js draws, it never runs the file's scripts. */
export function PdfPages({ bytes }: { bytes: Uint8Array }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    ensureWorker();
    const task = getDocument({
      // pdf.js takes ownership of the buffer it is given; pass a copy so a re-render can reuse the bytes.
      data: bytes.slice(),
      isEvalSupported: false,
      useSystemFonts: false,
    });
    let cancelled = false;
    (async () => {
      const pdf = await task.promise;
      const target = container.current;
      if (!target) return;
      target.replaceChildren();
      for (let number = 1; number <= pdf.numPages && !cancelled; number++) {
        const page = await pdf.getPage(number);
        const viewport = page.getViewport({ scale: 1.5 });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.style.width = '100%';
        canvas.style.border = '1px solid var(--mantine-color-gray-3)';
        canvas.setAttribute('aria-label', t('documents.page', { number }));
        target.append(canvas);
        await page.render({ canvas, viewport }).promise;
      }
      if (!cancelled) setState('ready');
    })().catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [bytes, t]);

  return (
    <Stack gap="xs">
      {state === 'loading' && <Loader color="navy" size="sm" />}
      {state === 'failed' && (
        <Alert color="red" role="alert">
          {t('documents.pdfFailed')}
        </Alert>
      )}
      <ScrollArea.Autosize mah="75vh">
        <Stack gap="sm" ref={container} data-testid="pdf-pages" />
      </ScrollArea.Autosize>
    </Stack>
  );
}
