// A print job drawn as a document: the briefing pack or a working list, in the job's language
// whatever the interface shows. The print route and the in-app preview both render this.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { BriefingPack, PrintJob } from '../../../domain/contract';
import i18n from '../i18n';
import { BriefingDocument } from './briefing-document';
import { ListDocument } from './list-document';
import './print.css';

/** The marking's words in the document's language; '' for none. */
export function markingOf(job: PrintJob, t: TFunction): string {
  if (job.marking === 'dsp') return t('pack.marking.dsp');
  return job.marking === 'custom' ? job.markingText : '';
}

export function useFixedT(job: PrintJob): TFunction {
  return useMemo(() => i18n.getFixedT(job.lang), [job.lang]);
}

export function PrintedDocument({ job, pack }: { job: PrintJob; pack: BriefingPack }) {
  const t = useFixedT(job);
  return (
    <article className="print-doc" lang={job.lang}>
      {job.document === 'pack' ? (
        <BriefingDocument job={job} pack={pack} t={t} marking={markingOf(job, t)} />
      ) : (
        <ListDocument job={job} pack={pack} t={t} />
      )}
    </article>
  );
}
