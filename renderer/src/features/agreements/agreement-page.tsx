import { Anchor, Center, Group, Loader, Stack, Tabs } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Agreement } from '../../../../domain/contract';
import { call } from '../../api';
import { PageHeader } from '../../components/page-header';
import { pickText } from '../../i18n/pick-text';
import { showError } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { DocumentsPanel } from '../documents/documents-panel';
import { ActivitiesPanel } from './activities-panel';
import { AgreementForm } from './agreement-form';
import { AgreementStatusBadge } from './agreement-status-badge';
import { ProgressCell } from './agreements-page';

/** One agreement: its details form, its activities and its documents. `#/agreements/new` creates one. */
export function AgreementPage() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const navigate = useNavigate();
  const { id } = useParams();
  const isNew = id === 'new';
  const [agreement, setAgreement] = useState<Agreement | null>(null);

  const reload = useCallback(() => {
    if (!isNew) call('agreements:get', { id: Number(id) }).then(setAgreement).catch(showError);
  }, [id, isNew]);
  useEffect(reload, [reload]);

  const back = (
    <Anchor component={Link} to="/agreements" size="sm">
      ← {t('agreement.backToRegister')}
    </Anchor>
  );
  if (isNew) {
    return (
      <Stack gap="xs" maw={1100}>
        {back}
        <PageHeader title={t('agreement.newTitle')} />
        <AgreementForm agreement={null} onSaved={(saved) => void navigate(`/agreements/${saved.id}`, { replace: true })} />
      </Stack>
    );
  }
  if (!agreement || agreement.id !== Number(id)) {
    return (
      <Center h={200}>
        <Loader color="navy" />
      </Center>
    );
  }
  return (
    <Stack gap="xs" maw={1100}>
      {back}
      <PageHeader
        title={pickText(agreement.title, lang)}
        subtitle={
          <Group gap="sm" component="span">
            <AgreementStatusBadge status={agreement.shownStatus} />
            <span>{t(`agreementType.${agreement.type}`)}</span>
          </Group>
        }
        actions={agreement.progress.total > 0 && <ProgressCell progress={agreement.progress} />}
      />
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{t('agreement.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="activities">{t('agreement.tabs.activities', { done: agreement.progress.done, total: agreement.progress.total })}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('agreement.tabs.documents')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <AgreementForm key={agreement.updatedAt} agreement={agreement} onSaved={setAgreement} />
        </Tabs.Panel>
        <Tabs.Panel value="activities">
          <ActivitiesPanel agreementId={agreement.id} onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsPanel owner={{ agreementId: agreement.id }} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
