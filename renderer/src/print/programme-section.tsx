// The day-by-day programme. The guest programme (for the delegation) prints times, venues,
// participants and dress code; the internal run sheet adds transport, interpreters, the
// responsible officer and the cues and notes. Both come from the same events.
import type { BriefingPack, PackEvent } from '../../../domain/contract';
import { dayInZone, formatDayHeading, formatTimeRange, zoneOffset } from '../i18n/format';
import { pickText } from '../i18n/pick-text';
import { Section, type SectionProps } from './briefing-document';
import { venueAddressOf } from './printed-texts';

function byDay(events: PackEvent[]): [string, PackEvent[]][] {
  const days = new Map<string, PackEvent[]>();
  for (const event of events) {
    const day = dayInZone(event.startsAt, event.timeZone);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return [...days.entries()];
}

function Participants({ event, pack, lang }: { event: PackEvent; pack: BriefingPack; lang: SectionProps['job']['lang'] }) {
  if (event.participants.length === 0) return null;
  const guests = new Set(pack.delegation.map((person) => person.personId));
  // The delegation first, then ours, each in the order of precedence the event already has.
  const ordered = [...event.participants].sort((a, b) => Number(guests.has(b.personId)) - Number(guests.has(a.personId)));
  return <div className="participants">{ordered.map((participant) => pickText(participant.name, lang)).join(', ')}</div>;
}

export function ProgrammeSection({ job, pack, t }: SectionProps) {
  const runsheet = job.programme === 'runsheet';
  const lang = job.lang;
  const title = runsheet ? `${t('pack.sections.programme')} · ${t('pack.programme.runsheet')}` : t('pack.sections.programme');
  const zone = pack.visit.timeZone;
  return (
    <Section id="programme" title={title}>
      <p className="note">{t('pack.programme.timesIn', { zone: `${zone}, ${zoneOffset(zone, `${pack.visit.startDate}T12:00:00Z`)}` })}</p>
      {pack.events.length === 0 && <p className="empty">{t('pack.programme.none')}</p>}
      {byDay(pack.events).map(([day, events]) => (
        <div className="day" key={day}>
          <h3>{formatDayHeading(day, lang)}</h3>
          <table className={`grid programme ${runsheet ? 'runsheet' : 'guest'}`}>
            <thead>
              <tr>
                <th className="time">{t('pack.programme.time')}</th>
                <th>{t('pack.programme.event')}</th>
                <th>{t('pack.programme.venue')}</th>
                {runsheet ? (
                  <>
                    <th>{t('pack.programme.transport')}</th>
                    <th>{t('pack.programme.officer')}</th>
                    <th>{t('pack.programme.notes')}</th>
                  </>
                ) : (
                  <th>{t('pack.programme.dressCode')}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td className="time">{formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}</td>
                  <td>
                    <div className="event-title">{pickText(event.title, lang)}</div>
                    <Participants event={event} pack={pack} lang={lang} />
                  </td>
                  <td>
                    {event.venueName ? pickText(event.venueName, lang) : ''}
                    {runsheet && venueAddressOf(event, lang) && <div className="sub">{venueAddressOf(event, lang)}</div>}
                  </td>
                  {runsheet ? (
                    <>
                      <td>
                        {pickText(event.transport, lang)}
                        {pickText(event.interpreter, lang) && (
                          <div className="sub">
                            {t('pack.programme.interpreter')}: {pickText(event.interpreter, lang)}
                          </div>
                        )}
                      </td>
                      <td>{event.responsibleOfficerName ? pickText(event.responsibleOfficerName, lang) : ''}</td>
                      <td className="notes">{pickText(event.notes, lang)}</td>
                    </>
                  ) : (
                    <td>{pickText(event.dressCode, lang)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </Section>
  );
}
