// The audit log: who (the OS user) did what and when, filtered and paged in SQL. Read-only: the
// screen has no way to change an entry, and the database refuses UPDATE and DELETE on the log.
import { Button, Group, Pagination, Paper, Select, Table, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, auditEntityKind, type ChannelOutput } from '../../../../domain/contract';
import { PageHeader } from '../../components/page-header';
import { useCall } from '../../components/use-call';
import { useSettings } from '../../store/settings-store';
import { formatInstant } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { describeEntry } from './describe-entry';

const PAGE_SIZE = 50;

interface Filters {
  action: (typeof AUDIT_ACTIONS)[number] | null;
  entity: string | null;
  actor: string | null;
  from: string | null;
  to: string | null;
}
const NO_FILTERS: Filters = { action: null, entity: null, actor: null, from: null, to: null };
const NO_FACETS: ChannelOutput<'audit:facets'> = { actors: [], entities: [] };

export function AuditLogPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const facets = useCall('audit:facets', {}).data ?? NO_FACETS;
  const answer = useCall('audit:list', {
    action: filters.action ?? undefined,
    entity: filters.entity ?? undefined,
    actor: filters.actor ?? undefined,
    from: filters.from ?? undefined,
    to: filters.to ?? undefined,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  }).data;

  const filter = (key: keyof Filters) => (value: string | null) => {
    setFilters((old) => ({ ...old, [key]: value || null }));
    setPage(1);
  };
  const entityName = (entity: string) => t(`auditLog.entities.${auditEntityKind(entity)}`, { defaultValue: entity });

  return (
    <>
      <PageHeader title={t('auditLog.title')} subtitle={t('auditLog.subtitle')} />
      <Paper withBorder radius="md" p="md" mb="md">
        <Group align="flex-end" gap="sm">
          <Select
            label={t('auditLog.filters.action')}
            placeholder={t('auditLog.filters.any')}
            data={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`auditLog.actions.${action}`) }))}
            value={filters.action}
            onChange={filter('action')}
            clearable
            w={200}
          />
          <Select
            label={t('auditLog.filters.entity')}
            placeholder={t('auditLog.filters.any')}
            data={facets.entities.map((entity) => ({ value: entity, label: entityName(entity) }))}
            value={filters.entity}
            onChange={filter('entity')}
            clearable
            w={220}
          />
          <Select
            label={t('auditLog.filters.actor')}
            placeholder={t('auditLog.filters.any')}
            data={facets.actors}
            value={filters.actor}
            onChange={filter('actor')}
            clearable
            searchable
            w={200}
          />
          <DateInput label={t('auditLog.filters.from')} value={filters.from} onChange={filter('from')} valueFormat="DD.MM.YYYY" locale={lang} clearable w={150} />
          <DateInput label={t('auditLog.filters.to')} value={filters.to} onChange={filter('to')} valueFormat="DD.MM.YYYY" locale={lang} clearable w={150} />
          <Button variant="subtle" onClick={() => { setFilters(NO_FILTERS); setPage(1); }}>
            {t('auditLog.filters.clear')}
          </Button>
        </Group>
      </Paper>
      <Table striped withTableBorder fz="sm" data-testid="audit-log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('auditLog.columns.at')}</Table.Th>
            <Table.Th w={130}>{t('auditLog.columns.actor')}</Table.Th>
            <Table.Th w={150}>{t('auditLog.columns.action')}</Table.Th>
            <Table.Th w={280}>{t('auditLog.columns.entity')}</Table.Th>
            <Table.Th>{t('auditLog.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {answer?.rows.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{formatInstant(entry.at, lang)}</Table.Td>
              <Table.Td>{entry.actor}</Table.Td>
              <Table.Td>{t(`auditLog.actions.${entry.action}`)}</Table.Td>
              <Table.Td>
                {entry.record && (
                  <Text size="sm" lineClamp={2} title={pickText(entry.record, lang)}>
                    {pickText(entry.record, lang)}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {entityName(entry.entity)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3}>
                  {describeEntry(entry, { t, lang })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {answer && answer.total === 0 && (
        <Text c="dimmed" mt="md">
          {t('auditLog.empty')}
        </Text>
      )}
      <Group justify="space-between" mt="md">
        <Text size="sm" c="dimmed">
          {t('table.total', { count: answer?.total ?? 0 })}
        </Text>
        <Pagination total={Math.ceil((answer?.total ?? 0) / PAGE_SIZE)} value={page} onChange={setPage} size="sm" />
      </Group>
    </>
  );
}
