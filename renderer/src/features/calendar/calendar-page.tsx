import FullCalendar, { type CalendarRef, type EventClickInfo, type EventInput, type EventSourceFuncInfo } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { Group, Paper, Select, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { addDays, format, parseISO } from 'date-fns';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VISIT_STATUSES, type CalendarRange, type Language, type VisitStatus } from '../../../../domain/contract';
import { call } from '../../api';
import { PageHeader } from '../../components/page-header';
import { CALENDAR_TEXTS } from '../../i18n/calendar-formats';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { parseTypedDate } from '../../components/typed-date';
import { RecordSelect } from '../../components/record-picker';
import { STATUS_COLORS } from '../visits/visit-status-badge';

// The calendar shows Baku time, where the office is and most programmes happen.
const OFFICE_TIME_ZONE = 'Asia/Baku';

function toInputs(range: CalendarRange, lang: Language): EventInput[] {
  const visits = range.visits.map((visit) => ({
    id: `visit-${visit.id}`,
    title: pickText(visit.title, lang),
    start: visit.startDate,
    // A visit's last day is inclusive; the calendar's end is exclusive.
    end: format(addDays(parseISO(visit.endDate), 1), 'yyyy-MM-dd'),
    allDay: true,
    color: `var(--mantine-color-${STATUS_COLORS[visit.status]}-6)`,
    extendedProps: { visitId: visit.id },
  }));
  const events = range.events.map((event) => ({
    id: `event-${event.id}`,
    title: pickText(event.title, lang),
    start: event.startsAt,
    end: event.endsAt,
    color: `var(--mantine-color-${STATUS_COLORS[event.visitStatus]}-8)`,
    extendedProps: { visitId: event.visitId },
  }));
  return [...visits, ...events];
}

/** Every visit (as a span of days) and its events (at their times), by month or week. */
export function CalendarPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const navigate = useNavigate();
  const [partner, setPartner] = useState<string | null>(null);
  const [status, setStatus] = useState<VisitStatus | null>(null);
  const calendar = useRef<CalendarRef>(null);

  // A new function (new filters or language) makes the calendar fetch again; the filtering is in SQL.
  const events = useCallback(
    async (info: EventSourceFuncInfo) => {
      const range = await call('calendar:range', {
        from: info.startStr.slice(0, 10),
        to: format(addDays(parseISO(info.endStr.slice(0, 10)), -1), 'yyyy-MM-dd'),
        partnerOrganizationId: partner ? Number(partner) : undefined,
        status: status ?? undefined,
      });
      return toInputs(range, lang);
    },
    [partner, status, lang],
  );
  const open = (click: EventClickInfo) => void navigate(`/visits/${String(click.event.extendedProps.visitId)}`);

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle')}
        actions={
          <Group gap="sm">
            <DateInput
              label={t('calendar.goTo')}
              placeholder={t('agreement.datePlaceholder')}
              valueFormat="DD.MM.YYYY"
              dateParser={parseTypedDate}
              locale={lang}
              firstDayOfWeek={1}
              onChange={(date) => date && calendar.current?.getApi().gotoDate(date)}
              clearable
              w={170}
            />
            <RecordSelect
              kind="organization"
              label={t('calendar.partner')}
              placeholder={t('calendar.all')}
              value={partner}
              onChange={setPartner}
              clearable
              w={300}
            />
            <Select
              label={t('calendar.status')}
              placeholder={t('calendar.all')}
              data={VISIT_STATUSES.map((value) => ({ value, label: t(`visitStatus.${value}`) }))}
              value={status}
              onChange={(value) => setStatus(value as VisitStatus | null)}
              clearable
              w={200}
            />
          </Group>
        }
      />
      <Paper withBorder radius="md" p="md">
        <FullCalendar
          ref={calendar}
          plugins={[dayGridPlugin, timeGridPlugin, classicTheme]}
          {...CALENDAR_TEXTS[lang].options}
          views={{ dayGridMonth: { dayHeaderFormat: CALENDAR_TEXTS[lang].weekdayHeader } }}
          timeZone={OFFICE_TIME_ZONE}
          initialView="dayGridMonth"
          headerToolbar={{ start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek' }}
          firstDay={1}
          height="auto"
          slotMinTime="07:00:00"
          slotMaxTime="22:00:00"
          events={events}
          eventClick={open}
        />
        <Text size="xs" c="dimmed" mt="xs">
          {t('calendar.timesIn')}
        </Text>
      </Paper>
    </>
  );
}
