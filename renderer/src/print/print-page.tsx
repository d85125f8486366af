// The print routes, `#/print/visit/<id>?…`, `#/print/list/<id>?…`, `#/print/seating/<id>?event=…`
// `#/print/place-cards/<id>?event=…` and `#/print/badges/<id>?side=…`: the document alone, no app frame. Once its data, fonts and photos are in, it leaves its paper size for the printer
// (window.__printLayout) and sets `document.body.dataset.ready`.
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { Route, Routes, useParams, useSearchParams } from 'react-router';
import { parsePrintRoute, type BriefingPack, type PrintJob, type SeatingPlanView } from '../../../domain/contract';
import { pageBox, PRINT_LAYOUT_GLOBAL, PRINT_READY, type PrintLayout } from '../../../domain/print-options';
import { call } from '../api';
import { pickText } from '../i18n/pick-text';
import { markingOf, PrintedDocument, useFixedT } from './printed-document';
import { pageRules } from './running-heads';
import { printFontsLoaded } from './text-fit';

export function PrintRoutes() {
  return (
    <Routes>
      <Route path="/print/visit/:id" element={<PrintJobPage document="pack" />} />
      <Route path="/print/list/:id" element={<PrintJobPage document="list" />} />
      <Route path="/print/seating/:id" element={<PrintJobPage document="seating" />} />
      <Route path="/print/place-cards/:id" element={<PrintJobPage document="placeCards" />} />
      <Route path="/print/badges/:id" element={<PrintJobPage document="badges" />} />
    </Routes>
  );
}

function PrintJobPage({ document: kind }: { document: PrintJob['document'] }) {
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const [job] = useState(() => parsePrintRoute(kind, id, params));
  const [loaded, setLoaded] = useState<{ pack: BriefingPack; plan: SeatingPlanView | null } | null>(null);

  useEffect(() => {
    if (!job.success) {
      document.body.dataset.ready = 'failed';
      return;
    }
    const data = job.data;
    // The seating documents, the pack's seating plans and the badges fit names to their places by measuring them, so the fonts come first.
    const seating = 'eventId' in data ? call('seating:plan', { eventId: data.eventId, layout: data.layout }) : null;
    const measures = 'eventId' in data || data.document === 'badges' || (data.document === 'pack' && data.sections.includes('seating'));
    const fonts = measures ? printFontsLoaded() : null;
    Promise.all([call('briefing:get', { visitId: data.visitId }), seating, fonts]).then(
      ([pack, plan]) => setLoaded({ pack, plan }),
      () => {
        document.body.dataset.ready = 'failed';
      },
    );
  }, [job]);

  if (!job.success || loaded === null) return null;
  return <ReadyDocument job={job.data} pack={loaded.pack} plan={loaded.plan} />;
}

async function imagesDecoded(): Promise<void> {
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
}

function heading(job: PrintJob, t: TFunction): string {
  if (job.document === 'list') return t(`lists.titles.${job.kind}`);
  if (job.document === 'seating' || job.document === 'placeCards') return t(`seatingPrint.titles.${job.document}`);
  if (job.document === 'badges') return t('badges.title');
  return t(job.programme === 'runsheet' ? 'pack.runsheetTitle' : 'pack.documentTitle');
}

/** The chart is drawn across the sheet; the place cards and the badges are cut at fixed lines, so they have no margins. */
function layoutOf(job: PrintJob): PrintLayout {
  if (job.document === 'placeCards' || job.document === 'badges') return { paper: 'A4', margins: 'none' };
  return job.document === 'seating' ? { paper: job.paper, landscape: true } : { paper: job.paper };
}

function ReadyDocument({ job, pack, plan }: { job: PrintJob; pack: BriefingPack; plan: SeatingPlanView | null }) {
  const t = useFixedT(job);

  useEffect(() => {
    const event = 'eventId' in job ? pack.events.find((candidate) => candidate.id === job.eventId) : undefined;
    const title = pickText(event?.title ?? pack.visit.title, job.lang);
    // The PDF's title, language and tags follow the document, not the interface.
    document.title = `${heading(job, t)} — ${title}`;
    document.documentElement.lang = job.lang;
    document.body.classList.add('print-body');
    let cancelled = false;
    void (async () => {
      await document.fonts.ready;
      await imagesDecoded();
      if (cancelled) return;
      const layout = layoutOf(job);
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
        {job.document === 'placeCards' || job.document === 'badges'
          ? `@page { ${pageBox(layoutOf(job))} }`
          : pageRules({ layout: layoutOf(job), marking: markingOf(job, t), documentName: heading(job, t), issuer: t('pack.ministry'), pageOf: t('pack.pageOf') })}
      </style>
      <PrintedDocument job={job} pack={pack} plan={plan} />
    </>
  );
}
