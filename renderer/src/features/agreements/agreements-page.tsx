import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, Language } from '../../../../electron/contract';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { PageHeader } from '../../components/page-header';
import { useServerList } from '../../components/use-server-list';
import { formatDate } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { AgreementStatusBadge } from './agreement-status-badge';

const column = createColumnHelper<Agreement>();

function validity(agreement: Agreement, t: TFunction, lang: Language): string {
  if (!agreement.validFrom && !agreement.validTo) return t('common.notGiven');
  const from = formatDate(agreement.validFrom, lang) || t('common.notGiven');
  const to = formatDate(agreement.validTo, lang) || t('common.openEnded');
  return `${from} – ${to}`;
}

export function AgreementsPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const list = useServerList('agreements:list');
  const columns = useMemo(
    () => [
      column.accessor((agreement) => pickText(agreement.title, lang), {
        id: 'title',
        header: t('agreements.columns.title'),
        cell: (info) => (
          <Text fw={500} size="sm">
            {info.getValue()}
          </Text>
        ),
      }),
      column.accessor((agreement) => t(`agreementType.${agreement.type}`), { id: 'type', header: t('agreements.columns.type') }),
      column.accessor((agreement) => agreement.parties.map((party) => pickText(party.name, lang)).join('; '), {
        id: 'parties',
        header: t('agreements.columns.parties'),
        enableSorting: false,
        cell: (info) => <Text size="sm">{info.getValue()}</Text>,
      }),
      column.accessor((agreement) => formatDate(agreement.signedOn, lang), {
        id: 'signedOn',
        header: t('agreements.columns.signedOn'),
        cell: (info) => <span style={{ whiteSpace: 'nowrap' }}>{info.getValue() || t('common.notGiven')}</span>,
      }),
      column.accessor((agreement) => validity(agreement, t, lang), {
        id: 'validTo',
        header: t('agreements.columns.validity'),
        cell: (info) => <span style={{ whiteSpace: 'nowrap' }}>{info.getValue()}</span>,
      }),
      column.accessor('status', {
        id: 'status',
        header: t('agreements.columns.status'),
        cell: (info) => <AgreementStatusBadge status={info.getValue()} />,
      }),
    ],
    [t, lang],
  );
  return (
    <>
      <PageHeader title={t('agreements.title')} subtitle={t('agreements.subtitle')} />
      <DataTable
        list={list}
        columns={columns}
        getRowId={(agreement) => String(agreement.id)}
        empty={<EmptyOffice message={t('agreements.empty')} />}
        label={t('agreements.title')}
      />
    </>
  );
}
