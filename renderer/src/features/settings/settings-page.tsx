import { Button, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../domain/contract';
import { call } from '../../api';
import { PageHeader } from '../../components/page-header';
import { isLanguage, LANGUAGE_ENDONYMS } from '../../i18n';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { RegisterSettings } from '../agreements/register-settings';
import { ProgrammeConflictSettings } from '../programme/conflict-settings';
import { BackupSettings } from '../backup/backup-settings';
import { CsvSettings } from './csv-settings';
import { PrecedenceSettings } from './precedence-settings';
import { TransferSection } from '../transfer/transfer-section';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="lg" maw={640}>
        <LanguageSetting />
        <DemoOffice />
        <RegisterSettings />
        <CsvSettings />
        <ProgrammeConflictSettings />
        <BackupSettings />
        <TransferSection />
      </Stack>
      <PrecedenceSettings />
    </>
  );
}

function LanguageSetting() {
  const { t } = useTranslation();
  const { language, setLanguage } = useSettings();
  return (
    <Paper withBorder radius="md" p="lg">
      <Select
        label={t('settings.language')}
        description={t('settings.languageHint')}
        data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_ENDONYMS[lang] }))}
        value={language}
        onChange={(value) => {
          if (value && isLanguage(value)) setLanguage(value).catch(showError);
        }}
        allowDeselect={false}
        w={320}
      />
    </Paper>
  );
}

function DemoOffice() {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const load = () => {
    setLoading(true);
    call('demo:load', {})
      .then(({ created }) => (created > 0 ? showSuccess('settings.demoLoaded', { count: created }) : showSuccess('settings.demoAlreadyLoaded')))
      .catch(showError)
      .finally(() => setLoading(false));
  };
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm" align="flex-start">
        <Title order={3} fz="md">
          {t('settings.demo')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.demoHint')}
        </Text>
        <Button onClick={load} loading={loading}>
          {t('settings.loadDemo')}
        </Button>
      </Stack>
    </Paper>
  );
}
