import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { Language, VisitSummary } from '../../../../domain/contract';
import { formatDateRange } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { ReadinessBadge } from './readiness-badge';
import { VisitStatusBadge } from './visit-status-badge';

const column = createColumnHelper<VisitSummary>();

/** Column ids that the backend can sort by are the list query's sort columns. */
export function visitColumns(t: TFunction, lang: Language) {
  return [
    column.accessor((visit) => pickText(visit.title, lang), {
      id: 'title',
      header: t('visits.columns.title'),
      cell: (info) => (
        <Text fw={500} size="sm">
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor((visit) => pickText(visit.partnerName, lang), { id: 'partner', header: t('visits.columns.partner') }),
    column.accessor((visit) => pickText(visit.headOfDelegation, lang), {
      id: 'head',
      header: t('visits.columns.head'),
      enableSorting: false,
    }),
    column.accessor((visit) => formatDateRange(visit.startDate, visit.endDate, lang), {
      id: 'startDate',
      header: t('visits.columns.dates'),
      cell: (info) => <span style={{ whiteSpace: 'nowrap' }}>{info.getValue()}</span>,
    }),
    column.accessor((visit) => pickText(visit.city, lang), { id: 'city', header: t('visits.columns.city'), enableSorting: false }),
    column.accessor('status', {
      id: 'status',
      header: t('visits.columns.status'),
      cell: (info) => <VisitStatusBadge status={info.getValue()} />,
    }),
    column.accessor('readiness', {
      id: 'readiness',
      header: t('visitPlan.readiness'),
      enableSorting: false,
      cell: (info) => <ReadinessBadge readiness={info.getValue()} />,
    }),
  ];
}
