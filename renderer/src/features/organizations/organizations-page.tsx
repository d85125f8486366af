import { Badge, Button, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../domain/contract';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { PageHeader } from '../../components/page-header';
import { useServerList } from '../../components/use-server-list';
import { countryName } from '../../i18n/country-name';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { ConfirmDelete } from '../../components/confirm-delete';
import { OrganizationFormModal } from './organization-form';
import { PartnerHistoryLink } from '../partners/history-link';

const column = createColumnHelper<Organization>();

export function OrganizationsPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const list = useServerList('organizations:list');
  const [form, setForm] = useState<{ organizationId: number | null } | null>(null);
  const [deleting, setDeleting] = useState<Organization | null>(null);
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
      column.display({ id: 'history', cell: (info) => <PartnerHistoryLink organizationId={info.row.original.id} /> }),
    ],
    [t, lang],
  );
  return (
    <>
      <PageHeader
        title={t('organizations.title')}
        subtitle={t('organizations.subtitle')}
        actions={
          <Button color="navy" onClick={() => setForm({ organizationId: null })} data-testid="organization-new">
            {t('organizations.new')}
          </Button>
        }
      />
      <DataTable
        list={list}
        columns={columns}
        getRowId={(organization) => String(organization.id)}
        onRowClick={(organization) => setForm({ organizationId: organization.id })}
        empty={<EmptyOffice message={t('organizations.empty')} addLabel={t('organizations.addFirst')} onAdd={() => setForm({ organizationId: null })} />}
        label={t('organizations.title')}
      />
      <OrganizationFormModal
        organizationId={form?.organizationId ?? null}
        opened={form !== null}
        onClose={() => setForm(null)}
        onSaved={list.reload}
        onOpen={(organizationId) => setForm({ organizationId })}
        onDelete={setDeleting}
      />
      <ConfirmDelete
        target={deleting && { channel: 'organizations:delete', id: deleting.id, name: pickText(deleting.name, lang) }}
        doneKey="organizationForm.deleted"
        onCancel={() => setDeleting(null)}
        onDeleted={() => {
          setDeleting(null);
          setForm(null);
          list.reload();
        }}
      />
    </>
  );
}
