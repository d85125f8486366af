import { Button, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Venue } from '../../../../domain/contract';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { PageHeader } from '../../components/page-header';
import { useServerList } from '../../components/use-server-list';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { ConfirmDelete } from '../../components/confirm-delete';
import { VenueFormModal } from './venue-form';

const column = createColumnHelper<Venue>();

/** The places programmes use: memorials, ministries, hotels, restaurants. */
export function VenuesPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const list = useServerList('venues:list');
  const [form, setForm] = useState<{ venue: Venue | null } | null>(null);
  const [deleting, setDeleting] = useState<Venue | null>(null);
  const columns = useMemo(
    () => [
      column.accessor((venue) => pickText(venue.name, lang), {
        id: 'name',
        header: t('venues.columns.name'),
        cell: (info) => (
          <Text fw={500} size="sm">
            {info.getValue()}
          </Text>
        ),
      }),
      column.accessor((venue) => pickText(venue.city, lang), { id: 'city', header: t('venues.columns.city') }),
      column.accessor((venue) => pickText(venue.address, lang), { id: 'address', header: t('venues.columns.address'), enableSorting: false }),
    ],
    [t, lang],
  );
  return (
    <>
      <PageHeader
        title={t('venues.title')}
        subtitle={t('venues.subtitle')}
        actions={
          <Button color="navy" onClick={() => setForm({ venue: null })} data-testid="venue-new">
            {t('venues.new')}
          </Button>
        }
      />
      <DataTable
        list={list}
        columns={columns}
        getRowId={(venue) => String(venue.id)}
        onRowClick={(venue) => setForm({ venue })}
        empty={<EmptyOffice message={t('venues.empty')} addLabel={t('venues.addFirst')} onAdd={() => setForm({ venue: null })} />}
        label={t('venues.title')}
      />
      <VenueFormModal venue={form?.venue ?? null} opened={form !== null} onClose={() => setForm(null)} onSaved={list.reload} onDelete={setDeleting} />
      <ConfirmDelete
        target={deleting && { channel: 'venues:delete', id: deleting.id, name: pickText(deleting.name, lang) }}
        doneKey="venueForm.deleted"
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
