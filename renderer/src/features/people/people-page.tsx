import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../electron/contract';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { PageHeader } from '../../components/page-header';
import { useServerList } from '../../components/use-server-list';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';

const column = createColumnHelper<Person>();

export function PeoplePage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const list = useServerList('people:list');
  const columns = useMemo(
    () => [
      column.accessor((person) => pickText(person.name, lang), {
        id: 'name',
        header: t('people.columns.name'),
        cell: (info) => (
          <Text fw={500} size="sm">
            {info.getValue()}
          </Text>
        ),
      }),
      column.accessor((person) => pickText(person.rank, lang), { id: 'rank', header: t('people.columns.rank'), enableSorting: false }),
      column.accessor((person) => pickText(person.position, lang), {
        id: 'position',
        header: t('people.columns.position'),
        enableSorting: false,
      }),
      column.accessor((person) => pickText(person.organizationName, lang), { id: 'organization', header: t('people.columns.organization') }),
      column.accessor('precedence', { id: 'precedence', header: t('people.columns.precedence') }),
    ],
    [t, lang],
  );
  return (
    <>
      <PageHeader title={t('people.title')} subtitle={t('people.subtitle')} />
      <DataTable
        list={list}
        columns={columns}
        getRowId={(person) => String(person.id)}
        empty={<EmptyOffice message={t('people.empty')} />}
        label={t('people.title')}
      />
    </>
  );
}
