import { Anchor, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { VisitDelegation } from './visit-delegation';
import { VisitOverview } from './visit-overview';
import { VisitProgramme } from './visit-programme';
import { useVisit } from './use-visit';

export function VisitDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const visit = useVisit(id);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/visits" size="sm">
        ← {t('visit.backToVisits')}
      </Anchor>
      {visit === null && (
        <Center p="xl">
          <Loader color="navy" />
        </Center>
      )}
      {visit !== null && visit !== 'missing' && (
        <>
          <VisitOverview visit={visit} />
          <VisitDelegation title={t('visit.delegation')} members={visit.members.filter((member) => member.side === 'guest')} />
          <VisitDelegation title={t('visit.hosts')} members={visit.members.filter((member) => member.side === 'host')} />
          <VisitProgramme visit={visit} />
        </>
      )}
    </Stack>
  );
}
