// The visit's days side by side, hour by hour, in the host city's time zone (FullCalendar's
// time grid works in a named zone through Temporal). Dragging or resizing an event moves it
// through the same conflict-checked save as the form; a refused move snaps back.
import FullCalendar from '@fullcalendar/react';
import interactionPlugin from '@fullcalendar/react/interaction';
import '@fullcalendar/react/skeleton.css';
import classicTheme from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/themes/classic/palette.css';
import '@fullcalendar/react/themes/classic/theme.css';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { useTranslation } from 'react-i18next';
import type { Conflict, ProtocolEvent, VisitDetail } from '../../../../electron/contract';
import { CALENDAR_TEXTS } from '../../i18n/calendar-formats';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { instantToWall, visitDayCount } from './programme-time';
import './programme.css';

interface Props {
  visit: VisitDetail;
  events: ProtocolEvent[];
  conflicts: Conflict[];
  onOpen(event: ProtocolEvent): void;
  /** Resolves false when the move was not saved, so the event goes back where it was. */
  onMove(event: ProtocolEvent, startsAt: string, endsAt: string): Promise<boolean>;
  onPickTime(day: string, time: string): void;
}

const iso = (date: Date | null) => (date ? date.toISOString().replace('.000Z', 'Z') : '');
const pad = (hours: number) => `${String(Math.max(0, Math.min(24, hours))).padStart(2, '0')}:00`;

/** The hours shown: office hours, widened to take in every event of the programme. */
function shownHours(events: ProtocolEvent[], timeZone: string): { from: string; to: string } {
  let from = 8;
  let to = 20;
  for (const event of events) {
    const start = instantToWall(event.startsAt, timeZone);
    const end = instantToWall(event.endsAt, timeZone);
    from = Math.min(from, Number(start.time.slice(0, 2)));
    to = end.day > start.day ? 24 : Math.max(to, Number(end.time.slice(0, 2)) + 1);
  }
  return { from: pad(from), to: pad(to) };
}

export function ProgrammeTimeline({ visit, events, conflicts, onOpen, onMove, onPickTime }: Props) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const open = new Set(conflicts.filter((conflict) => !conflict.acknowledged || conflict.severity === 'block').flatMap(idsOf));
  const acknowledged = new Set(conflicts.filter((conflict) => conflict.acknowledged).flatMap(idsOf));
  const hours = shownHours(events, visit.timeZone);
  const byId = new Map(events.map((event) => [String(event.id), event]));
  /** Red for a conflict still to decide, amber for one saved over on purpose. */
  const stateOf = (id: number) => (open.has(id) ? 'open' : acknowledged.has(id) ? 'acknowledged' : 'clear');

  const move = (info: { event: { id: string; start: Date | null; end: Date | null }; revert(): void }) => {
    const event = byId.get(info.event.id);
    if (!event) return;
    void onMove(event, iso(info.event.start), iso(info.event.end)).then((saved) => saved || info.revert());
  };

  return (
    <div aria-label={t('programme.timeline')} role="region" className="programme-timeline">
      <FullCalendar
        plugins={[timeGridPlugin, interactionPlugin, classicTheme]}
        {...CALENDAR_TEXTS[lang].options}
        dayHeaderFormat={CALENDAR_TEXTS[lang].weekdayAndDateHeader}
        initialView="programme"
        views={{ programme: { type: 'timeGrid', dayCount: visitDayCount(visit.startDate, visit.endDate) } }}
        initialDate={visit.startDate}
        timeZone={visit.timeZone}
        headerToolbar={false}
        allDaySlot={false}
        slotMinTime={hours.from}
        slotMaxTime={hours.to}
        slotDuration="00:30"
        slotMinHeight={36}
        snapDuration="00:05"
        height="auto"
        editable
        eventResizableFromStart={false}
        events={events.map((event) => ({
          id: String(event.id),
          title: pickText(event.title, lang),
          start: event.startsAt,
          end: event.endsAt,
          className: `programme-event programme-event-${stateOf(event.id)}`,
        }))}
        eventContent={(info) => {
          const event = byId.get(info.event.id);
          const state = stateOf(Number(info.event.id));
          return (
            <div
              className="programme-event-body"
              data-testid={`timeline-event-${info.event.id}`}
              data-conflict={state}
              // Short events clip their text; the tooltip keeps all of it readable.
              title={[info.timeText, info.event.title, pickText(event?.venueName, lang)].filter(Boolean).join('\n')}
            >
              <div className="programme-event-time">
                {state !== 'clear' && <span aria-label={t('programme.conflictMark')} title={t('programme.conflictMark')}>⚠ </span>}
                {info.timeText}
              </div>
              <div className="programme-event-title">{info.event.title}</div>
              {event?.venueName && <div className="programme-event-venue">{pickText(event.venueName, lang)}</div>}
            </div>
          );
        }}
        eventClick={(info) => {
          const event = byId.get(info.event.id);
          if (event) onOpen(event);
        }}
        eventDrop={move}
        eventResize={move}
        dateClick={(info) => {
          const at = instantToWall(iso(info.date), visit.timeZone);
          onPickTime(at.day, at.time);
        }}
      />
    </div>
  );
}

function idsOf(conflict: Conflict): number[] {
  return [conflict.eventId, conflict.other?.id].filter((id): id is number => typeof id === 'number');
}
