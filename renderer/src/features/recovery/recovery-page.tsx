// The screen shown when the database is damaged, unreadable or from a newer version: the file has
// been set aside untouched, and the officer restores a backup or, failing that, starts empty.
import { Alert, Button, Center, Code, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type RecoveryStatus } from '../../../../domain/contract';
import { call } from '../../api';
import { useCall } from '../../components/use-call';
import i18n, { isLanguage, LANGUAGE_ENDONYMS } from '../../i18n';
import { showError } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { BackupTable } from '../backup/backup-settings';

type Problem = NonNullable<RecoveryStatus['problem']>;

export function RecoveryPage({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  const backups = useCall('backup:list', {}).data?.backups ?? null;
  const [busy, setBusy] = useState(false);

  // Every way out ends in a reload: the whole app starts again over the database now in place.
  const leave = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .then(() => window.location.reload())
      .catch((error: unknown) => {
        setBusy(false);
        showError(error);
      });
  };

  return (
    <Center mih="100vh" bg="gray.0" p="xl">
      <Paper withBorder radius="md" p="xl" maw={760} w="100%" data-testid="recovery">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Title order={2} c="red.8">
              {t('recovery.title')}
            </Title>
            <LocalLanguageSwitch />
          </Group>
          <Alert color="red" variant="light" title={t(`recovery.reasons.${problem.reason}`)}>
            <Stack gap={6}>
              <Text size="sm">{problem.movedTo ? t('recovery.setAside') : t('recovery.notMoved')}</Text>
              {problem.movedTo && <Code block>{problem.movedTo}</Code>}
              <Text size="xs" c="dimmed">
                {t('recovery.detail', { detail: problem.detail })}
              </Text>
            </Stack>
          </Alert>
          <Title order={3} fz="md">
            {t('recovery.chooseBackup')}
          </Title>
          {backups && backups.length === 0 && <Text size="sm">{t('recovery.noBackups')}</Text>}
          {backups && backups.length > 0 && (
            <BackupTable backups={backups} busy={busy} onRestore={(backup) => leave(() => call('backup:restore', { name: backup.name }))} />
          )}
          <Stack gap={4} align="flex-start">
            <Button variant="default" color="red" disabled={busy || !problem.movedTo} onClick={() => leave(() => call('recovery:startEmpty', {}))}>
              {t('recovery.startEmpty')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('recovery.startEmptyHint')}
            </Text>
          </Stack>
        </Stack>
      </Paper>
    </Center>
  );
}

/** The saved language lives in the database that couldn't be opened, so this choice stays on screen only. */
function LocalLanguageSwitch() {
  const language = useSettings((state) => state.language);
  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        useSettings.setState({ language: value });
        void i18n.changeLanguage(value);
      }}
      data={LANGUAGES.map((lang) => ({ value: lang, label: lang.toUpperCase(), title: LANGUAGE_ENDONYMS[lang] }))}
      aria-label={LANGUAGE_ENDONYMS[language]}
    />
  );
}
