// A working list (cars, rooming, accreditation) as a printed table with the pack's heading; the
// marking is in the running header of every page.
import type { TFunction } from 'i18next';
import type { BriefingPack, PrintJob } from '../../../domain/contract';
import { formatDateRange } from '../i18n/format';
import { pickText } from '../i18n/pick-text';
import { workingList } from './working-lists';

export function ListDocument({ job, pack, t }: { job: PrintJob; pack: BriefingPack; t: TFunction }) {
  if (job.document !== 'list') return null;
  const list = workingList(job.kind, job.columns, pack, job.lang, t);
  return (
    <section className="list-doc">
      <header className="list-head">
        <div className="list-issuer">{t('pack.ministry')}</div>
        <h1>{t(`lists.titles.${job.kind}`)}</h1>
        <p className="list-visit">
          {pickText(pack.visit.title, job.lang)} · {formatDateRange(pack.visit.startDate, pack.visit.endDate, job.lang)}
        </p>
      </header>
      {list.rows.length === 0 ? (
        <p className="empty">{t('lists.empty')}</p>
      ) : (
        <table className="grid list">
          <thead>
            <tr>
              {list.header.map((label) => (
                <th key={label}>{label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
