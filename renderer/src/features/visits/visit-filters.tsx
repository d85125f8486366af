// The visits list narrowed by year, status and partner, beside its search box.
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VISIT_STATUSES, type ChannelInput, type VisitStatus } from '../../../../domain/contract';
import { RecordSelect } from '../../components/record-picker';

export type VisitFilterValues = Pick<ChannelInput<'visits:list'>, 'year' | 'status' | 'partnerOrganizationId'>;

/** This year, the next, and ten years back: an office's archive and what it is planning. */
function yearChoices(): string[] {
  const next = new Date().getFullYear() + 1;
  return Array.from({ length: 12 }, (_, back) => String(next - back));
}

export function VisitFilters({ value, onChange }: { value: VisitFilterValues; onChange(value: VisitFilterValues): void }) {
  const { t } = useTranslation();
  const set = (change: VisitFilterValues) => onChange({ ...value, ...change });
  return (
    <Group gap="sm" mb="sm" role="group" aria-label={t('visits.filters.label')}>
      <Select
        label={t('visits.filters.year')}
        placeholder={t('visits.filters.any')}
        data={yearChoices()}
        value={value.year === undefined ? null : String(value.year)}
        onChange={(year) => set({ year: year === null ? undefined : Number(year) })}
        clearable
        w={120}
      />
      <Select
        label={t('visits.filters.status')}
        placeholder={t('visits.filters.any')}
        data={VISIT_STATUSES.map((status) => ({ value: status, label: t(`visitStatus.${status}`) }))}
        value={value.status ?? null}
        onChange={(status) => set({ status: (status ?? undefined) as VisitStatus | undefined })}
        clearable
        w={200}
      />
      <RecordSelect
        kind="organization"
        label={t('visits.filters.partner')}
        placeholder={t('visits.filters.any')}
        value={value.partnerOrganizationId === undefined ? null : String(value.partnerOrganizationId)}
        onChange={(partner) => set({ partnerOrganizationId: partner === null ? undefined : Number(partner) })}
        clearable
        w={360}
      />
    </Group>
  );
}
