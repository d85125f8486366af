import { Button, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inReadersLanguage, shortName, type Person } from '../../../../domain/contract';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { PageHeader } from '../../components/page-header';
import { useServerList } from '../../components/use-server-list';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { useDeleteToTrash } from '../../components/use-delete-to-trash';
import { PersonAvatar } from './person-avatar';
import { PersonFormModal } from './person-form';

const column = createColumnHelper<Person>();

export function PeoplePage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const list = useServerList('people:list');
  const [form, setForm] = useState<{ personId: number | null } | null>(null);
  const deletion = useDeleteToTrash();
  const columns = useMemo(
    () => [
      // Surname first, as the header says; sorted so in SQL (people_sort_*, migration 0014).
      column.accessor((person) => pickText(person.listedName, lang), {
        id: 'name',
        header: t('people.columns.name'),
        cell: (info) => (
          <Group gap="sm" wrap="nowrap">
            <PersonAvatar person={info.row.original} name={shortName(inReadersLanguage(info.row.original.nameParts, lang))} />
            {/* Room for a first name and a surname whole: a table cell lets words break anywhere (app.css). */}
            <Text fw={500} size="sm" miw="9em">
              {info.getValue()}
            </Text>
          </Group>
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
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.subtitle')}
        actions={
          <Button color="navy" onClick={() => setForm({ personId: null })} data-testid="person-new">
            {t('people.new')}
          </Button>
        }
      />
      <DataTable
        list={list}
        columns={columns}
        getRowId={(person) => String(person.id)}
        onRowClick={(person) => setForm({ personId: person.id })}
        empty={<EmptyOffice message={t('people.empty')} addLabel={t('people.addFirst')} onAdd={() => setForm({ personId: null })} />}
        label={t('people.title')}
      />
      <PersonFormModal
        personId={form?.personId ?? null}
        opened={form !== null}
        onClose={() => setForm(null)}
        onSaved={list.reload}
        onOpen={(personId) => setForm({ personId })}
        onDelete={(person) =>
          deletion.ask({
            channel: 'people:delete',
            id: person.id,
            name: pickText(person.name, lang),
            doneKey: 'personForm.deleted',
            onDeleted: () => {
              setForm(null);
              list.reload();
            },
            onRestored: list.reload,
          })
        }
      />
      {deletion.dialog}
    </>
  );
}
