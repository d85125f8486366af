import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { PageHeader } from '../../components/page-header';
import { useServerList } from '../../components/use-server-list';
import { useSettings } from '../../store/settings-store';
import { visitColumns } from './visit-columns';

export function VisitsPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const navigate = useNavigate();
  const list = useServerList('visits:list');
  const columns = useMemo(() => visitColumns(t, lang), [t, lang]);
  return (
    <>
      <PageHeader title={t('visits.title')} subtitle={t('visits.subtitle')} />
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
