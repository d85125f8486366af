// The briefing pack's seating plans: each event the officer has seated, in the programme's order,
// under its title, day, time and venue, drawn as the seating chart draws it but across the pack's
// portrait page. Events not yet seated are left out; with none seated the section is not printed.
import { dayInZone, formatDayHeading, formatTimeRange } from '../i18n/format';
import { pickText } from '../i18n/pick-text';
import { Section, type SectionProps } from './briefing-document';
import { ChartDrawing, Legend } from './seating-chart';

export function SeatingSection({ job, pack, t }: SectionProps) {
  if (pack.seating.length === 0) return null;
  const lang = job.lang;
  return (
    <Section id="seating" title={t('pack.sections.seating')}>
      <p className="note">{t('pack.seating.note')}</p>
      <Legend t={t} />
      {pack.seating.map((plan) => {
        const event = pack.events.find((candidate) => candidate.id === plan.eventId);
        if (!event) return null;
        const when = t('pack.seating.when', {
          date: formatDayHeading(dayInZone(event.startsAt, event.timeZone), lang),
          time: formatTimeRange(event.startsAt, event.endsAt, event.timeZone),
        });
        const venue = event.venueName ? pickText(event.venueName, lang) : '';
        return (
          <div className={`seating-plan layout-${plan.layout}`} key={plan.eventId}>
            <h3>{pickText(event.title, lang)}</h3>
            <p className="plan-when">
              {[when, t(`seatingPrint.layouts.${plan.layout}`), venue].filter(Boolean).join(' · ')}
            </p>
            {plan.placements.length === 0 ? (
              <p className="empty">{t('seatingPrint.nobodySeated')}</p>
            ) : (
              <ChartDrawing lang={lang} pack={pack} plan={plan} t={t} />
            )}
          </div>
        );
      })}
    </Section>
  );
}
