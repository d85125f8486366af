// A print job drawn as a document: the briefing pack, a working list, or an event's seating chart
// or place cards, or the visit's name badges, in the job's language whatever the interface shows. The print route and the
// in-app preview both render this.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { BriefingPack, PrintJob, SeatingPlanView } from '../../../domain/contract';
import i18n from '../i18n';
import { BriefingDocument } from './briefing-document';
import { ListDocument } from './list-document';
import { NameBadges } from './name-badges';
import { PlaceCards } from './place-cards';
import { SeatingChart } from './seating-chart';
import './print.css';

/** The marking's words in the document's language; '' for none. */
export function markingOf(job: PrintJob, t: TFunction): string {
  if (job.document === 'placeCards' || job.document === 'badges') return '';
  if (job.marking === 'dsp') return t('pack.marking.dsp');
  return job.marking === 'custom' ? job.markingText : '';
}

export function useFixedT(job: PrintJob): TFunction {
  return useMemo(() => i18n.getFixedT(job.lang), [job.lang]);
}

/** `plan`: the event's seating plan, which the seating chart and the place cards print. */
export function PrintedDocument({ job, pack, plan }: { job: PrintJob; pack: BriefingPack; plan?: SeatingPlanView | null }) {
  const t = useFixedT(job);
  return (
    <article className="print-doc" lang={job.lang}>
      {job.document === 'pack' && <BriefingDocument job={job} pack={pack} t={t} marking={markingOf(job, t)} />}
      {job.document === 'list' && <ListDocument job={job} pack={pack} t={t} />}
      {job.document === 'seating' && plan && <SeatingChart job={job} pack={pack} plan={plan} t={t} />}
      {job.document === 'placeCards' && plan && <PlaceCards job={job} pack={pack} plan={plan} t={t} />}
      {job.document === 'badges' && <NameBadges job={job} pack={pack} t={t} />}
    </article>
  );
}
