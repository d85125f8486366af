import { Button, Paper, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashEntry } from '../../../../domain/contract';
import { call } from '../../api';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';

/** Deleted visits, people and events, newest first, each with a Restore button. */
export function TrashPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [entries, setEntries] = useState<TrashEntry[] | null>(null);
  const load = useCallback(() => {
    call('trash:list', {}).then(setEntries).catch(showError);
  }, []);
  useEffect(load, [load]);

  const restore = (entry: TrashEntry) =>
    call('trash:restore', { id: entry.id })
      .then(() => {
        showSuccess('trash.restored');
        load();
      })
      .catch(showError);

  return (
    <>
      <PageHeader title={t('trash.title')} subtitle={t('trash.subtitle')} />
      <Paper withBorder radius="md" p="md">
        {entries?.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('trash.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={8} aria-label={t('trash.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trash.what')}</Table.Th>
                <Table.Th w={140}>{t('trash.kind')}</Table.Th>
                <Table.Th w={140}>{t('trash.withRows')}</Table.Th>
                <Table.Th w={170}>{t('trash.deletedAt')}</Table.Th>
                <Table.Th w={140}>{t('trash.deletedBy')}</Table.Th>
                <Table.Th w={150} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(entries ?? []).map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td fw={500}>{pickText(entry.label, lang)}</Table.Td>
                  <Table.Td>{t(`trash.entity.${entry.entity}`, { defaultValue: entry.entity })}</Table.Td>
                  <Table.Td>{entry.childCount > 0 ? t('trash.rows', { count: entry.childCount }) : t('common.notGiven')}</Table.Td>
                  <Table.Td>{formatDate(entry.deletedAt.slice(0, 10), lang)}</Table.Td>
                  <Table.Td>{entry.deletedBy}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => void restore(entry)}>
                      {t('trash.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </>
  );
}
