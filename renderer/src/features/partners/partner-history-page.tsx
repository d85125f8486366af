import { Anchor, Badge, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TimelineItem } from '../../../../domain/contract';
import { PageHeader } from '../../components/page-header';
import { useCall } from '../../components/use-call';
import { countryName } from '../../i18n/country-name';
import { formatDate, formatDateRange } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { ActivitySection, AgreementSection } from '../alerts/alerts-page';

const KIND_COLORS: Record<TimelineItem['kind'], string> = { visit: 'navy', agreement: 'teal', event: 'gray' };

/** A partner organisation's cooperation history: one timeline, its agreements by validity, and what is due next. */
export function PartnerHistoryPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const { id } = useParams();
  const history = useCall('partners:history', { id: Number(id) }).data;
  if (!history || history.organization.id !== Number(id)) {
    return (
      <Center h={200}>
        <Loader color="navy" />
      </Center>
    );
  }
  const { organization } = history;
  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/organizations" size="sm">
        ← {t('partner.backToOrganizations')}
      </Anchor>
      <PageHeader
        title={pickText(organization.name, lang)}
        subtitle={[pickText(organization.shortName, lang), countryName(organization.country, t, lang)].filter(Boolean).join(' · ')}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder radius="md" p="md" component="section" aria-label={t('partner.timeline')}>
          <Title order={3} fz="md" mb="md">
            {t('partner.timeline')}
          </Title>
          {history.timeline.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('partner.noHistory')}
            </Text>
          ) : (
            <Timeline bulletSize={14} lineWidth={2}>
              {history.timeline.map((item) => (
                <Timeline.Item key={`${item.kind}-${item.id}`} color={KIND_COLORS[item.kind]} title={<TimelineTitle item={item} />}>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      {item.endDate ? formatDateRange(item.date, item.endDate, lang) : formatDate(item.date, lang)}
                    </Text>
                    <Badge size="xs" variant="light" color={KIND_COLORS[item.kind]} tt="none">
                      {t(`partner.kind.${item.kind}`)}
                    </Badge>
                    {item.detail && (
                      <Text size="xs" c="dimmed">
                        {t(`${{ visit: 'visitStatus', agreement: 'agreementStatus', event: 'eventType' }[item.kind]}.${item.detail}`)}
                      </Text>
                    )}
                  </Group>
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Paper>
        <Stack gap="md">
          <ActivitySection title={t('partner.nextActions')} rows={history.nextActions} empty={t('partner.noActions')} />
          <AgreementSection title={t('partner.expiring')} rows={history.expiring} empty={t('partner.noneExpiring')} showDays />
          <AgreementSection title={t('partner.inForce')} rows={history.inForce} empty={t('partner.noneInForce')} tone="teal" />
          <AgreementSection title={t('partner.expired')} rows={history.expired} empty={t('partner.noneExpired')} tone="gray" />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function TimelineTitle({ item }: { item: TimelineItem }) {
  const lang = useSettings((state) => state.language);
  const title = pickText(item.title, lang);
  const to = item.kind === 'agreement' ? `/agreements/${item.id}` : item.visitId ? `/visits/${item.visitId}` : null;
  return to ? (
    <Anchor component={Link} to={to} size="sm" fw={500}>
      {title}
    </Anchor>
  ) : (
    <Text size="sm" fw={500}>
      {title}
    </Text>
  );
}
