import { Anchor, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { VisitOverview } from './visit-overview';
import { VisitPlan } from './visit-plan';
import { DocumentsPanel } from '../documents/documents-panel';
import { ProgrammeEditor } from '../programme/programme-editor';
import { useVisit } from './use-visit';

export function VisitDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [version, setVersion] = useState(0);
  const visit = useVisit(id, version);
  const reload = () => setVersion((current) => current + 1);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Anchor component={Link} to="/visits" size="sm">
          ← {t('visit.backToVisits')}
        </Anchor>
        <Button component={Link} to={`/visits/${id}/briefing`} variant="light">
          {t('briefingPack.open')}
        </Button>
      </Group>
      {visit === null && (
        <Center p="xl">
          <Loader color="navy" />
        </Center>
      )}
      {visit !== null && visit !== 'missing' && (
        <>
          <VisitOverview visit={visit} />
          <VisitPlan visit={visit} onChanged={reload}>
            <ProgrammeEditor visit={visit} />
          </VisitPlan>
          <DocumentsPanel owner={{ visitId: visit.id }} />
        </>
      )}
    </Stack>
  );
}
