// Asks before a PC stops being trusted; its later bundles will need the officer's decision again.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';
import { Fingerprint } from './fingerprint';

interface Props {
  /** The PC about to be removed, or null when none is. */
  target: { id: number; name: string; fingerprint: string } | null;
  onCancel(): void;
  onForgotten(): void;
}

export function ConfirmForgetPc({ target, onCancel, onForgotten }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    if (!target) return;
    setBusy(true);
    call('transfer:forgetSigner', { id: target.id })
      .then(() => {
        showSuccess('transfer.trustedPcs.removed', { name: target.name });
        onForgotten();
      })
      .catch(showError)
      .finally(() => setBusy(false));
  };
  return (
    <Modal opened={target !== null} onClose={onCancel} title={t('transfer.trustedPcs.removeTitle')} centered>
      {target && (
        <Stack>
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {target.name}
            </Text>
            <Fingerprint value={target.fingerprint} size="sm" />
          </Stack>
          <Text size="sm">{t('transfer.trustedPcs.removeText', { name: target.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('transfer.trustedPcs.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={confirm} data-testid="confirm-forget-pc">
              {t('transfer.trustedPcs.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
