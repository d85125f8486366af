// While a bundle is previewed or imported: which step it is at, how far, and a cancel. Mounted only
// while the job's call is pending; it asks the main process for the job's progress until then.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../domain/contract';
import { call } from '../../api';
import { showError } from '../../store/notices-store';

const POLL_MS = 250;

export function TransferProgress() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<ChannelOutput<'transfer:progress'> | null>(null);
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    let stopped = false;
    const ask = () => {
      call('transfer:progress', {})
        .then((answer) => {
          if (!stopped) setProgress(answer);
        })
        .catch((error: unknown) => {
          // One notice, not four a second: a progress that can't be read stops being asked.
          if (stopped) return;
          stopped = true;
          clearInterval(timer);
          showError(error);
        });
    };
    const timer = setInterval(ask, POLL_MS);
    ask();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);

  const cancel = () => {
    setCancelling(true);
    call('transfer:cancel', {}).catch((error: unknown) => {
      setCancelling(false);
      showError(error);
    });
  };

  const phase = progress?.running ? progress.phase : null;
  const total = progress?.total ?? 0;
  const done = Math.min(progress?.done ?? 0, total);
  const counted = phase !== null && phase !== 'reading' && total > 0;
  return (
    <Stack gap={6} data-testid="transfer-progress">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500} aria-live="polite">
          {phase ? t(`transfer.progress.phases.${phase}`) : t('transfer.progress.starting')}
        </Text>
        {counted && (
          <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {t('transfer.progress.count', { done, total })}
          </Text>
        )}
      </Group>
      <Progress
        value={counted ? (100 * done) / total : 100}
        striped={!counted}
        animated={!counted}
        size="lg"
        transitionDuration={150}
        aria-label={t('transfer.progress.label')}
      />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {cancelling ? t('transfer.progress.cancelling') : ''}
        </Text>
        <Button size="xs" variant="default" onClick={cancel} disabled={cancelling} data-testid="transfer-cancel">
          {t('transfer.progress.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
