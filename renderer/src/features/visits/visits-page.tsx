import { Button } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { PageHeader } from '../../components/page-header';
import { useServerList } from '../../components/use-server-list';
import { useSettings } from '../../store/settings-store';
import { visitColumns } from './visit-columns';
import { VisitFormModal } from './visit-form';

export function VisitsPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const navigate = useNavigate();
  const list = useServerList('visits:list');
  const columns = useMemo(() => visitColumns(t, lang), [t, lang]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('visits.title')}
        subtitle={t('visits.subtitle')}
        actions={<Button onClick={() => setCreating(true)}>{t('visitForm.newVisit')}</Button>}
      />
      <VisitFormModal
        opened={creating}
        visit={null}
        onClose={() => setCreating(false)}
        onSaved={(visit) => void navigate(`/visits/${visit.id}`)}
      />
      <DataTable
        list={list}
        columns={columns}
        getRowId={(visit) => String(visit.id)}
        onRowClick={(visit) => navigate(`/visits/${visit.id}`)}
        empty={<EmptyOffice message={t('visits.empty')} />}
        label={t('visits.title')}
      />
    </>
  );
}
