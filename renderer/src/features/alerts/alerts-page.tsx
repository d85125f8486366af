import { Anchor, Badge, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementSummary, DueActivity } from '../../../../domain/contract';
import { PageHeader } from '../../components/page-header';
import { useCall } from '../../components/use-call';
import { formatDate } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { AgreementStatusBadge } from '../agreements/agreement-status-badge';

/** What needs the office's attention, computed in main against today. */
export function AlertsPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const alerts = useCall('alerts:list', {}).data;
  if (!alerts) return <PageHeader title={t('alerts.title')} />;
  return (
    <>
      <PageHeader title={t('alerts.title')} subtitle={t('alerts.subtitle', { today: formatDate(alerts.today, lang), days: alerts.horizonDays })} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <AgreementSection title={t('alerts.expiring', { days: alerts.horizonDays })} rows={alerts.expiring} empty={t('alerts.noneExpiring')} showDays />
        <AgreementSection title={t('alerts.renewalNotStarted')} hint={t('alerts.renewalHint')} rows={alerts.renewalNotStarted} empty={t('alerts.noneRenewal')} showDays />
        <AgreementSection title={t('alerts.withoutScan')} rows={alerts.withoutScan} empty={t('alerts.noneWithoutScan')} />
        <ActivitySection title={t('alerts.overdueActivities')} rows={alerts.overdueActivities} empty={t('alerts.noneOverdue')} />
      </SimpleGrid>
    </>
  );
}

function Section({ title, hint, count, tone, children }: { title: string; hint?: string; count: number; tone: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb={hint ? 2 : 'sm'}>
        <Title order={3} fz="md">
          {title}
        </Title>
        <Badge color={count > 0 ? tone : 'gray'} variant="light" radius="sm">
          {count}
        </Badge>
      </Group>
      {hint && (
        <Text size="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

export function DaysLeft({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null) return <>{t('common.openEnded')}</>;
  const color = days < 0 ? 'red' : days <= 30 ? 'orange' : 'yellow';
  return (
    <Badge color={color} variant="light" radius="sm" tt="none" miw="max-content">
      {days < 0 ? t('alerts.daysAgo', { count: -days }) : t('alerts.daysLeft', { count: days })}
    </Badge>
  );
}

export function AgreementSection({ title, hint, rows, empty, showDays = false, tone = 'orange' }: {
  title: string;
  /** The count's colour: a warning by default; in-force lists are not. */
  tone?: string;
  hint?: string;
  rows: AgreementSummary[];
  empty: string;
  showDays?: boolean;
}) {
  const lang = useSettings((state) => state.language);
  return (
    <Section title={title} hint={hint} count={rows.length} tone={tone}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/agreements/${row.id}`} size="sm" fw={500} lineClamp={2}>
                    {pickText(row.title, lang)}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {row.partners.map((partner) => pickText(partner.shortName, lang) || pickText(partner.name, lang)).join('; ')}
                    {row.validTo ? ` · ${formatDate(row.validTo, lang)}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td w={1} style={{ whiteSpace: 'nowrap' }}>
                  {showDays ? <DaysLeft days={row.daysLeft} /> : <AgreementStatusBadge status={row.shownStatus} />}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

export function ActivitySection({ title, rows, empty }: { title: string; rows: DueActivity[]; empty: string }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  return (
    <Section title={title} count={rows.length} tone="orange">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {pickText(row.title, lang)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`activityKind.${row.kind}`)} · {formatDate(row.dueOn, lang)}
                    {row.responsibleOurs ? ` · ${row.responsibleOurs}` : ''}
                  </Text>
                  <Anchor component={Link} to={`/agreements/${row.agreementId}`} size="xs" lineClamp={1}>
                    {pickText(row.agreementTitle, lang)}
                  </Anchor>
                </Table.Td>
                <Table.Td w={1} style={{ whiteSpace: 'nowrap' }}>
                  <DaysLeft days={row.daysLeft} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
