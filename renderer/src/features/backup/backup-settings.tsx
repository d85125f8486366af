// Settings → Backups: the list of backups, "back up now", how many automatic ones to keep, and restore.
import { Button, Group, Modal, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile, ChannelOutput } from '../../../../domain/contract';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { formatInstant } from '../../i18n/format';
import { formatSize } from './format-size';

export function BackupSettings() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [list, setList] = useState<ChannelOutput<'backup:list'> | null>(null);
  const [keep, setKeep] = useState<number | string>('');
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);

  const reload = useCallback(() => {
    call('backup:list', {})
      .then((answer) => {
        setList(answer);
        setKeep(answer.keep);
      })
      .catch(showError);
  }, []);
  useEffect(reload, [reload]);

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    work()
      .catch(showError)
      .finally(() => setBusy(false));
  };
  const backUpNow = () =>
    run(async () => {
      const backup = await call('backup:create', {});
      showSuccess('backups.created', { name: backup.name });
      reload();
    });
  const saveKeep = () =>
    run(async () => {
      const answer = await call('backup:saveSettings', { keep: Number(keep) });
      setList(answer);
      showSuccess('backups.keepSaved', { count: answer.keep });
    });
  const restore = (backup: BackupFile) =>
    run(async () => {
      await call('backup:restore', { name: backup.name });
      setRestoring(null);
      showSuccess('backups.restored', { at: formatInstant(backup.at, lang) });
      // Every screen re-reads the restored data.
      window.location.reload();
    });

  return (
    <Paper withBorder radius="md" p="lg" data-testid="backup-settings">
      <Stack gap="sm">
        <Title order={3} fz="md">
          {t('backups.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backups.hint')}
        </Text>
        {list && (
          <Text size="xs" c="dimmed">
            {t('backups.folder', { folder: list.folder })}
          </Text>
        )}
        <Group align="flex-end">
          <Button onClick={backUpNow} loading={busy}>
            {t('backups.create')}
          </Button>
          <NumberInput label={t('backups.keep')} value={keep} onChange={setKeep} min={1} max={90} w={220} />
          <Button variant="default" onClick={saveKeep} disabled={busy || keep === list?.keep}>
            {t('backups.saveKeep')}
          </Button>
        </Group>
        {list && list.backups.length === 0 && <Text size="sm">{t('backups.none')}</Text>}
        {list && list.backups.length > 0 && <BackupTable backups={list.backups} onRestore={setRestoring} busy={busy} />}
      </Stack>
      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} title={t('backups.restoreTitle')} centered>
        {restoring && (
          <Stack>
            <Text size="sm">{t('backups.restoreText', { at: formatInstant(restoring.at, lang) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRestoring(null)}>
                {t('backups.cancel')}
              </Button>
              <Button color="red" loading={busy} onClick={() => restore(restoring)}>
                {t('backups.restoreConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}

/** The backups, newest first; shared with the recovery screen. */
export function BackupTable({ backups, onRestore, busy }: { backups: BackupFile[]; onRestore(backup: BackupFile): void; busy: boolean }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  return (
    <Table striped withTableBorder fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('backups.columns.at')}</Table.Th>
          <Table.Th>{t('backups.columns.kind')}</Table.Th>
          <Table.Th>{t('backups.columns.size')}</Table.Th>
          <Table.Th>{t('backups.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.name}>
            <Table.Td>{formatInstant(backup.at, lang)}</Table.Td>
            <Table.Td>{t(`backups.kinds.${backup.kind}`)}</Table.Td>
            <Table.Td>{formatSize(backup.sizeBytes)}</Table.Td>
            <Table.Td>
              <Button size="xs" variant="light" disabled={busy} onClick={() => onRestore(backup)}>
                {t('backups.restore')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
