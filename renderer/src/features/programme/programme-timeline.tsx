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
import { toInstant, type Conflict, type ProtocolEvent, type VisitDetail } from '../../../../domain/contract';
import { CALENDAR_TEXTS } from '../../i18n/calendar-formats';
import { formatTimeRange } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { instantToWall, visitDayCount } from '../../../../domain/programme-time';
import './programme.css';
import { TimelineEvent, type ConflictState } from './timeline-event';
import { gridHours } from './timeline-hours';

interface Props {
  visit: VisitDetail;
  events: ProtocolEvent[];
  conflicts: Conflict[];
  onOpen(event: ProtocolEvent): void;
  /** Resolves false when the move was not saved, so the event goes back where it was. */
  onMove(event: ProtocolEvent, startsAt: string, endsAt: string): Promise<boolean>;
  onPickTime(day: string, time: string): void;
}

const iso = (date: Date | null) => (date ? toInstant(date) : '');

export function ProgrammeTimeline({ visit, events, conflicts, onOpen, onMove, onPickTime }: Props) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const open = new Set(conflicts.filter((conflict) => !conflict.acknowledged || conflict.severity === 'block').flatMap(idsOf));
  const acknowledged = new Set(conflicts.filter((conflict) => conflict.acknowledged).flatMap(idsOf));
  const hours = gridHours(events, visit.timeZone);
  const byId = new Map(events.map((event) => [String(event.id), event]));
  const stateOf = (id: number): ConflictState => (open.has(id) ? 'open' : acknowledged.has(id) ? 'acknowledged' : 'clear');
  const openEvent = (id: string) => {
    const event = byId.get(id);
    if (event) onOpen(event);
  };

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
        // Every event at least one line of 12px type high; below half an hour (36px), too low for two lines.
        eventMinHeight={20}
        eventShortHeight={34}
        // The body below is the focusable button; FullCalendar's own wrapper would be a second, unnamed tab stop.
        eventInteractive={false}
        eventContent={(info) => (
          <TimelineEvent
            id={info.event.id}
            title={info.event.title}
            // The whole event's times (FullCalendar's own text stops at midnight), and while dragging, where it would land.
            times={formatTimeRange(iso(info.event.start), iso(info.event.end), visit.timeZone)}
            venue={pickText(byId.get(info.event.id)?.venueName, lang)}
            state={stateOf(Number(info.event.id))}
            isShort={info.isShort}
            onOpen={() => openEvent(info.event.id)}
          />
        )}
        eventClick={(info) => openEvent(info.event.id)}
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
