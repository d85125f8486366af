import { Button } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { SHORTCUT_KEYS } from '../../components/keyboard-shortcuts';
import { PageHeader } from '../../components/page-header';
import { useServerList } from '../../components/use-server-list';
import { useSettings } from '../../store/settings-store';
import { visitColumns } from './visit-columns';
import { VisitFilters, type VisitFilterValues } from './visit-filters';
import { VisitFormModal } from './visit-form';

export function VisitsPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const navigate = useNavigate();
  const [filters, setFilters] = useState<VisitFilterValues>({});
  const list = useServerList('visits:list', filters);
  const columns = useMemo(() => visitColumns(t, lang), [t, lang]);
  // `?new` opens the form, so the New visit shortcut can open it from any screen.
  const [params, setParams] = useSearchParams();
  const creating = params.has('new');
  const setCreating = (open: boolean) =>
    setParams((old) => {
      const next = new URLSearchParams(old);
      if (open) next.set('new', '');
      else next.delete('new');
      return next;
    });
  return (
    <>
      <PageHeader
        title={t('visits.title')}
        subtitle={t('visits.subtitle')}
        actions={
          <Button onClick={() => setCreating(true)} aria-keyshortcuts={SHORTCUT_KEYS.newVisit}>
            {t('visitForm.newVisit')}
          </Button>
        }
      />
      <VisitFormModal
        opened={creating}
        visit={null}
        onClose={() => setCreating(false)}
        onSaved={(visit) => void navigate(`/visits/${visit.id}`)}
      />
      <VisitFilters value={filters} onChange={setFilters} />
      <DataTable
        list={list}
        columns={columns}
        getRowId={(visit) => String(visit.id)}
        onRowClick={(visit) => navigate(`/visits/${visit.id}`)}
        empty={<EmptyOffice message={t('visits.empty')} addLabel={t('visits.addFirst')} onAdd={() => setCreating(true)} />}
        label={t('visits.title')}
      />
    </>
  );
}
