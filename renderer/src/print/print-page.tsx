// The print routes, `#/print/visit/<id>?…` and `#/print/list/<id>?…`: the document alone, no app
// frame. Once its data, fonts and photos are in, it leaves its paper size for the printer
// (window.__printLayout) and sets `document.body.dataset.ready`.
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { Route, Routes, useParams, useSearchParams } from 'react-router';
import { parsePrintRoute, type BriefingPack, type PrintJob } from '../../../domain/contract';
import { PRINT_LAYOUT_GLOBAL, PRINT_READY, type PrintLayout } from '../../../domain/print-options';
import { call } from '../api';
import { pickText } from '../i18n/pick-text';
import { markingOf, PrintedDocument, useFixedT } from './printed-document';
import { pageRules } from './running-heads';

export function PrintRoutes() {
  return (
    <Routes>
      <Route path="/print/visit/:id" element={<PrintJobPage document="pack" />} />
      <Route path="/print/list/:id" element={<PrintJobPage document="list" />} />
    </Routes>
  );
}

function PrintJobPage({ document: kind }: { document: PrintJob['document'] }) {
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const [job] = useState(() => parsePrintRoute(kind, id, params));
  const [pack, setPack] = useState<BriefingPack | null>(null);

  useEffect(() => {
    if (!job.success) {
      document.body.dataset.ready = 'failed';
      return;
    }
    call('briefing:get', { visitId: job.data.visitId }).then(setPack, () => {
      document.body.dataset.ready = 'failed';
    });
  }, [job]);

  if (!job.success || pack === null) return null;
  return <ReadyDocument job={job.data} pack={pack} />;
}

async function imagesDecoded(): Promise<void> {
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
}

function heading(job: PrintJob, t: TFunction): string {
  if (job.document === 'list') return t(`lists.titles.${job.kind}`);
  return t(job.programme === 'runsheet' ? 'pack.runsheetTitle' : 'pack.documentTitle');
}

function ReadyDocument({ job, pack }: { job: PrintJob; pack: BriefingPack }) {
  const t = useFixedT(job);

  useEffect(() => {
    const title = pickText(pack.visit.title, job.lang);
    // The PDF's title, language and tags follow the document, not the interface.
    document.title = `${heading(job, t)} — ${title}`;
    document.documentElement.lang = job.lang;
    document.body.classList.add('print-body');
    let cancelled = false;
    void (async () => {
      await document.fonts.ready;
      await imagesDecoded();
      if (cancelled) return;
      const layout: PrintLayout = { paper: job.paper };
      (window as unknown as Record<string, PrintLayout>)[PRINT_LAYOUT_GLOBAL] = layout;
      document.body.dataset.ready = PRINT_READY;
    })();
    return () => {
      cancelled = true;
    };
  }, [job, pack, t]);

  return (
    <>
      <style>
        {pageRules({ paper: job.paper, marking: markingOf(job, t), documentName: heading(job, t), issuer: t('pack.ministry'), pageOf: t('pack.pageOf') })}
      </style>
      <PrintedDocument job={job} pack={pack} />
    </>
  );
}
