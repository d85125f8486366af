import { Button, Modal, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow, ProtocolEvent } from '../../../../domain/contract';
import { call } from '../../api';
import { pickText } from '../../i18n/pick-text';
import { showError } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';

const MARKS = ['attended', 'absent', 'excused'] as const;

/**
 * A button that opens the attendance of one event: each participant attended, absent or
 * excused. Put it on an event of the programme; `onChanged` lets the programme reload.
 */
export function EventAttendanceButton({ event, onChanged }: { event: ProtocolEvent; onChanged?(): void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="compact-xs" variant="subtle" onClick={() => setOpened(true)}>
        {t('attendance.open')}
      </Button>
      <EventAttendanceModal event={event} opened={opened} onClose={() => setOpened(false)} onChanged={onChanged} />
    </>
  );
}

export function EventAttendanceModal({
  event,
  opened,
  onClose,
  onChanged,
}: {
  event: ProtocolEvent;
  opened: boolean;
  onClose(): void;
  onChanged?(): void;
}) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [rows, setRows] = useState<AttendanceRow[]>(event.participants);
  const mark = (personId: number, attendance: AttendanceRow['attendance']) =>
    call('events:setAttendance', { eventId: event.id, personId, attendance })
      .then((updated) => {
        setRows(updated);
        onChanged?.();
      })
      .catch(showError);

  return (
    <Modal opened={opened} onClose={onClose} size={720} title={t('attendance.title', { event: pickText(event.title, lang) })}>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('attendance.none')}
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label={t('attendance.open')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attendance.participant')}</Table.Th>
              <Table.Th w={360} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.personId}>
                <Table.Td fw={500}>{pickText(row.name, lang)}</Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={pickText(row.name, lang)}
                    value={row.attendance}
                    onChange={(value) => void mark(row.personId, value as AttendanceRow['attendance'])}
                    data={[
                      // "Expected" is where everyone starts; it is shown but not chosen by hand.
                      { value: 'expected', label: t('attendanceStatus.expected'), disabled: true },
                      ...MARKS.map((value) => ({ value, label: t(`attendanceStatus.${value}`) })),
                    ]}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
