// The briefing pack: the chosen sections, always in the order the ministry reads them.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { BriefingPack, PackSection, PrintJob } from '../../../domain/contract';
import { countryName } from '../i18n/country-name';
import { formatDate, formatDateRange, zoneOffset } from '../i18n/format';
import { pickText } from '../i18n/pick-text';
import { ContactsSection } from './contacts-section';
import { HistorySection, PartnerSection } from './history-section';
import { PeopleSection } from './people-section';
import { ProgrammeSection } from './programme-section';
import { SeatingSection } from './seating-section';
import { MarkdownBlock } from './markdown-block';

type PackJob = Extract<PrintJob, { document: 'pack' }>;
export interface SectionProps {
  job: PackJob;
  pack: BriefingPack;
  t: TFunction;
}

export function Section({ id, title, children }: { id: PackSection; title: string; children: ReactNode }) {
  return (
    <section className={`pack-section pack-${id}`}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Cover({ job, pack, t, marking }: SectionProps & { marking: string }) {
  const { visit } = pack;
  return (
    <section className="cover">
      <header className="cover-issuer">
        <div>{t('pack.ministry')}</div>
        <div>{t('pack.department')}</div>
      </header>
      {marking && <div className="cover-marking">{marking}</div>}
      <div className="cover-main">
        <p className="cover-kind">{t(job.programme === 'runsheet' ? 'pack.runsheetTitle' : 'pack.documentTitle')}</p>
        <h1>{pickText(visit.title, job.lang)}</h1>
        <p className="cover-partner">{pickText(pack.partner.name, job.lang)}</p>
        <p className="cover-dates">
          {formatDateRange(visit.startDate, visit.endDate, job.lang)}
          {pickText(visit.city, job.lang) && ` · ${pickText(visit.city, job.lang)}`}
        </p>
      </div>
      <footer className="cover-foot">{t('pack.prepared', { date: formatDate(pack.today, job.lang) })}</footer>
    </section>
  );
}

function Glance({ job, pack, t }: SectionProps) {
  const { visit } = pack;
  const lang = job.lang;
  const head = pack.delegation.find((person) => person.role === 'head');
  const hostHead = pack.hosts.find((person) => person.role === 'head');
  const officer = pack.contacts.find((contact) => contact.duty === 'responsible');
  const personLine = (person: { name: BriefingPack['hosts'][number]['name']; position: BriefingPack['hosts'][number]['position'] }) =>
    [pickText(person.name, lang), pickText(person.position, lang)].filter(Boolean).join(', ');
  const rows: [string, string][] = [
    [t('pack.glance.partner'), pickText(pack.partner.name, lang)],
    [t('pack.glance.country'), countryName(pack.partner.country, t, lang)],
    [t('pack.glance.direction'), t(`direction.${visit.direction}`)],
    [t('pack.glance.dates'), formatDateRange(visit.startDate, visit.endDate, lang)],
    [t('pack.glance.city'), pickText(visit.city, lang)],
    [t('pack.glance.frameworkEvent'), pickText(visit.frameworkEvent, lang)],
    [t('pack.glance.purpose'), pickText(visit.purpose, lang)],
    [t('pack.glance.head'), head ? personLine(head) : ''],
    [t('pack.glance.hostHead'), hostHead ? personLine(hostHead) : ''],
    [t('pack.glance.delegationSize'), String(pack.delegation.length)],
    [t('pack.glance.eventCount'), String(pack.events.length)],
    [t('pack.glance.officer'), officer ? [pickText(officer.name, lang), officer.contact].filter(Boolean).join(' · ') : ''],
    [t('pack.glance.status'), t(`visitStatus.${visit.status}`)],
  ];
  return (
    <Section id="glance" title={t('pack.sections.glance')}>
      <table className="facts">
        <tbody>
          {rows
            .filter(([, value]) => value !== '')
            .map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <p className="note">{t('pack.programme.timesIn', { zone: `${visit.timeZone}, ${zoneOffset(visit.timeZone, `${visit.startDate}T12:00:00Z`)}` })}</p>
    </Section>
  );
}

function TalkingPoints({ job, pack, t }: SectionProps) {
  const text = pack.visit.talkingPoints[job.lang];
  return (
    <Section id="talkingPoints" title={t('pack.sections.talkingPoints')}>
      {text ? <MarkdownBlock text={text} /> : <p className="empty">{t('pack.talkingPoints.none')}</p>}
    </Section>
  );
}

const SECTIONS: Record<PackSection, (props: SectionProps & { marking: string }) => ReactNode> = {
  cover: Cover,
  glance: Glance,
  programme: ProgrammeSection,
  seating: SeatingSection,
  delegation: (props) => <PeopleSection {...props} side="delegation" />,
  hosts: (props) => <PeopleSection {...props} side="hosts" />,
  partner: PartnerSection,
  history: HistorySection,
  talkingPoints: TalkingPoints,
  contacts: ContactsSection,
};

export function BriefingDocument({ job, pack, t, marking }: { job: PrintJob; pack: BriefingPack; t: TFunction; marking: string }) {
  if (job.document !== 'pack') return null;
  const order = Object.keys(SECTIONS) as PackSection[];
  return (
    <>
      {order
        .filter((id) => job.sections.includes(id))
        .map((id) => {
          const Render = SECTIONS[id];
          return <Render key={id} job={job} pack={pack} t={t} marking={marking} />;
        })}
    </>
  );
}
