import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../../domain/contract';
import { formatDateRange } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { VisitStatusBadge } from './visit-status-badge';

/** The visit at a glance: who comes, when, where, and why. */
export function VisitOverview({ visit }: { visit: VisitDetail }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const frameworkEvent = pickText(visit.frameworkEvent, lang);
  const purpose = pickText(visit.purpose, lang);
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} c="navy.9" fz={24}>
            {pickText(visit.title, lang)}
          </Title>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge variant="outline" color="gray" radius="sm" tt="none" miw="max-content">
              {t(`direction.${visit.direction}`)}
            </Badge>
            <VisitStatusBadge status={visit.status} />
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          <Fact label={t('visit.partner')}>{pickText(visit.partnerName, lang)}</Fact>
          <Fact label={t('visit.dates')}>{formatDateRange(visit.startDate, visit.endDate, lang)}</Fact>
          <Fact label={t('visit.city')}>{pickText(visit.city, lang) || t('common.notGiven')}</Fact>
        </SimpleGrid>
        {frameworkEvent && <Fact label={t('visit.frameworkEvent')}>{frameworkEvent}</Fact>}
        {purpose && <Fact label={t('visit.purpose')}>{purpose}</Fact>}
      </Stack>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}
