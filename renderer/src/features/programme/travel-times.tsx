import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TravelTime } from '../../../../domain/contract';
import { call } from '../../api';
import { pickText } from '../../i18n/pick-text';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { useVenueOptions } from './use-venues';

/** Travel minutes between pairs of venues: recorded once, reused by every programme. */
export function TravelTimesEditor({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const venues = useVenueOptions();
  const [rows, setRows] = useState<TravelTime[]>([]);
  const [defaultMinutes, setDefaultMinutes] = useState(15);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | string>(15);

  const reload = useCallback(() => {
    Promise.all([call('travelTimes:list', {}), call('settings:get', {})])
      .then(([list, settings]) => {
        setRows(list);
        setDefaultMinutes(settings.defaultTravelMinutes);
      })
      .catch(showError);
  }, []);
  useEffect(reload, [reload]);

  const changed = (key: string) => {
    showSuccess(key);
    reload();
    onChanged?.();
  };
  const record = () => {
    if (from === null || to === null) return;
    call('travelTimes:save', { fromVenueId: Number(from), toVenueId: Number(to), minutes: Number(minutes) })
      .then(() => changed('programme.travel.saved'))
      .catch(showError);
  };
  const remove = (row: TravelTime) => {
    call('travelTimes:delete', { fromVenueId: row.fromVenueId, toVenueId: row.toVenueId })
      .then(() => changed('programme.travel.deleted'))
      .catch(showError);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{t('programme.travel.hint', { minutes: defaultMinutes })}</Text>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select label={t('programme.travel.from')} data={venues} value={from} onChange={setFrom} searchable flex={1} />
        <Select label={t('programme.travel.to')} data={venues.filter((venue) => venue.value !== from)} value={to} onChange={setTo} searchable flex={1} />
        <NumberInput label={t('programme.travel.minutes')} value={minutes} onChange={setMinutes} min={0} max={1440} w={100} />
        <Button onClick={record} disabled={from === null || to === null}>{t('programme.travel.record')}</Button>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">{t('programme.travel.empty')}</Text>
      ) : (
        <Table aria-label={t('programme.travel.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('programme.travel.from')}</Table.Th>
              <Table.Th>{t('programme.travel.to')}</Table.Th>
              <Table.Th w={90}>{t('programme.travel.minutes')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{pickText(row.fromVenueName, lang)}</Table.Td>
                <Table.Td>{pickText(row.toVenueName, lang)}</Table.Td>
                <Table.Td>{row.minutes}</Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" aria-label={t('programme.travel.delete')} onClick={() => remove(row)}>
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
