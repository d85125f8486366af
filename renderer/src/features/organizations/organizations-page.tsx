import { Badge, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../electron/contract';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { PageHeader } from '../../components/page-header';
import { useServerList } from '../../components/use-server-list';
import { countryName } from '../../i18n/country-name';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';

const column = createColumnHelper<Organization>();

export function OrganizationsPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const list = useServerList('organizations:list');
  const columns = useMemo(
    () => [
      column.accessor((organization) => pickText(organization.name, lang), {
        id: 'name',
        header: t('organizations.columns.name'),
        cell: (info) => (
          <Group gap="xs" wrap="nowrap">
            <Text fw={500} size="sm">
              {info.getValue()}
            </Text>
            {info.row.original.isOurs && (
              <Badge size="xs" variant="light" radius="sm" tt="none" miw="max-content">
                {t('organizations.ours')}
              </Badge>
            )}
          </Group>
        ),
      }),
      column.accessor((organization) => pickText(organization.shortName, lang), {
        id: 'shortName',
        header: t('organizations.columns.shortName'),
        enableSorting: false,
      }),
      column.accessor((organization) => countryName(organization.country, t, lang), { id: 'country', header: t('organizations.columns.country') }),
      column.accessor((organization) => pickText(organization.parentName, lang), {
        id: 'parent',
        header: t('organizations.columns.parent'),
        enableSorting: false,
      }),
    ],
    [t, lang],
  );
  return (
    <>
      <PageHeader title={t('organizations.title')} subtitle={t('organizations.subtitle')} />
      <DataTable
        list={list}
        columns={columns}
        getRowId={(organization) => String(organization.id)}
        empty={<EmptyOffice message={t('organizations.empty')} />}
        label={t('organizations.title')}
      />
    </>
  );
}
