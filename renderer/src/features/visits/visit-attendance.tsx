import { Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../../domain/contract';
import { dayInZone, formatDate, formatTimeRange } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { EventAttendanceButton } from './event-attendance';

/** Who came to each event, marked during and after the visit. */
export function VisitAttendance({ visit, onChanged }: { visit: VisitDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const events = [...visit.events].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={3} fz="lg" c="navy.9" mb="sm">
        {t('attendance.sectionTitle')}
      </Title>
      <Table layout="fixed" verticalSpacing={6} aria-label={t('attendance.sectionTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={240}>{t('attendance.when')}</Table.Th>
            <Table.Th>{t('attendance.event')}</Table.Th>
            <Table.Th w={200}>{t('attendance.marked')}</Table.Th>
            <Table.Th w={140} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const attended = event.participants.filter((person) => person.attendance === 'attended').length;
            return (
              <Table.Tr key={event.id}>
                <Table.Td fz="sm">
                  {formatDate(dayInZone(event.startsAt, event.timeZone), lang)}, {formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}
                </Table.Td>
                <Table.Td fw={500}>{pickText(event.title, lang)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t('attendance.attendedOf', { attended, total: event.participants.length })}</Text>
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <EventAttendanceButton event={event} onChanged={onChanged} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
