import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProtocolEvent, VisitDetail } from '../../../../electron/contract';
import { dayInZone, formatDayHeading, formatTimeRange, zoneOffset } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';

/** Events grouped by the day they happen on where they happen, in time order. */
function groupByDay(events: ProtocolEvent[]): [string, ProtocolEvent[]][] {
  const days = new Map<string, ProtocolEvent[]>();
  for (const event of [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dayInZone(event.startsAt, event.timeZone);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return [...days.entries()];
}

export function VisitProgramme({ visit }: { visit: VisitDetail }) {
  const { t } = useTranslation();
  const days = groupByDay(visit.events);
  const firstEvent = visit.events[0];
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="lg" c="navy.9">
          {t('visit.programme')}
        </Title>
        {firstEvent && (
          <Text size="xs" c="dimmed">
            {t('visit.timesIn', { zone: zoneOffset(firstEvent.timeZone, firstEvent.startsAt) })}
          </Text>
        )}
      </Group>
      {days.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('visit.noEvents')}
        </Text>
      ) : (
        <Stack gap="lg">
          {days.map(([day, events]) => (
            <ProgrammeDay key={day} day={day} events={events} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function ProgrammeDay({ day, events }: { day: string; events: ProtocolEvent[] }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const heading = formatDayHeading(day, lang);
  return (
    <section aria-label={heading}>
      <Text fw={600} c="navy.8" mb={6}>
        {heading}
      </Text>
      <Table layout="fixed" verticalSpacing={8} aria-label={heading}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>{t('visit.event.time')}</Table.Th>
            <Table.Th w="14%">{t('visit.event.type')}</Table.Th>
            <Table.Th w="24%">{t('visit.event.title')}</Table.Th>
            <Table.Th w="18%">{t('visit.event.venue')}</Table.Th>
            <Table.Th>{t('visit.event.participants')}</Table.Th>
            <Table.Th w={150}>{t('visit.event.dressCode')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}
              </Table.Td>
              <Table.Td fz="sm" c="gray.7" fw={500}>
                {t(`eventType.${event.type}`)}
              </Table.Td>
              <Table.Td fw={500}>{pickText(event.title, lang)}</Table.Td>
              <Table.Td>{pickText(event.venueName, lang) || t('common.notGiven')}</Table.Td>
              <Table.Td fz="sm" c="dark.4">{event.participants.map((person) => pickText(person.name, lang)).join(', ') || t('common.notGiven')}</Table.Td>
              <Table.Td fz="sm">{pickText(event.dressCode, lang) || t('common.notGiven')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
