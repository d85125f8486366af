import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Agreement, Language } from '../../../../domain/contract';
import { DataTable } from '../../components/data-table';
import { EmptyOffice } from '../../components/empty-office';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { AgreementStatusBadge } from './agreement-status-badge';
import { RegisterFilters } from './register-filters';
import { useRegister } from './use-register';

const column = createColumnHelper<Agreement>();

function validity(agreement: Agreement, t: TFunction, lang: Language): string {
  if (!agreement.validFrom && !agreement.validTo) return t('common.notGiven');
  const from = formatDate(agreement.validFrom, lang) || t('common.notGiven');
  const to = formatDate(agreement.validTo, lang) || t('common.openEnded');
  return `${from} – ${to}`;
}

export function AgreementsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lang = useSettings((state) => state.language);
  const register = useRegister();
  const columns = useMemo(
    () => [
      column.accessor((agreement) => pickText(agreement.title, lang), {
        id: 'title',
        header: t('agreements.columns.title'),
        cell: (info) => (
          <Text fw={500} size="sm" lineClamp={3} miw={300}>
            {info.getValue()}
          </Text>
        ),
      }),
      column.accessor((agreement) => t(`agreementType.${agreement.type}`), { id: 'type', header: t('agreements.columns.type') }),
      column.accessor((agreement) => agreement.parties.map((party) => pickText(party.shortName, lang) || pickText(party.name, lang)).join('; '), {
        id: 'parties',
        header: t('agreements.columns.parties'),
        enableSorting: false,
        cell: (info) => (
          <Text size="sm" lineClamp={3}>
            {info.getValue()}
          </Text>
        ),
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
      column.accessor('progress', {
        id: 'progress',
        header: t('agreements.columns.progress'),
        enableSorting: false,
        cell: (info) => <ProgressCell progress={info.getValue()} />,
      }),
      column.accessor('shownStatus', {
        id: 'status',
        header: t('agreements.columns.status'),
        cell: (info) => <AgreementStatusBadge status={info.getValue()} />,
      }),
    ],
    [t, lang],
  );
  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        subtitle={t('agreements.subtitle')}
        actions={<Button onClick={() => void navigate('/agreements/new')}>{t('agreements.new')}</Button>}
      />
      <Stack gap="sm">
        <RegisterFilters register={register} />
        <DataTable
          list={register}
          columns={columns}
          getRowId={(agreement) => String(agreement.id)}
          onRowClick={(agreement) => void navigate(`/agreements/${agreement.id}`)}
          empty={<EmptyOffice message={t('agreements.empty')} addLabel={t('agreements.addFirst')} onAdd={() => void navigate('/agreements/new')} />}
          label={t('agreements.title')}
        />
      </Stack>
    </>
  );
}

export function ProgressCell({ progress }: { progress: Agreement['progress'] }) {
  const { t } = useTranslation();
  if (progress.total === 0) return <Text size="sm" c="dimmed">{t('common.notGiven')}</Text>;
  return (
    <Group gap={6} wrap="nowrap" miw={110}>
      <Progress value={(100 * progress.done) / progress.total} w={48} size="sm" color="teal" aria-hidden />
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t('agreements.progress', { done: progress.done, total: progress.total })}
      </Text>
    </Group>
  );
}
