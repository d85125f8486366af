// Asks before a PC stops being trusted; its later bundles will need the officer's decision again.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { showSuccess } from '../../store/notices-store';
import { Fingerprint } from './fingerprint';

interface Props {
  /** The PC about to be removed, or null when none is. */
  target: { id: number; name: string; fingerprint: string } | null;
  onCancel(): void;
  onForgotten(): void;
}

export function ConfirmForgetPc({ target, onCancel, onForgotten }: Props) {
  const { t } = useTranslation();
  const forget = async () => {
    if (!target) return;
    await call('transfer:forgetSigner', { id: target.id });
    showSuccess('transfer.trustedPcs.removed', { name: target.name });
    onForgotten();
  };
  return (
    <ConfirmDialog
      opened={target !== null}
      title={t('transfer.trustedPcs.removeTitle')}
      confirmLabel={t('transfer.trustedPcs.removeConfirm')}
      cancelLabel={t('transfer.trustedPcs.cancel')}
      confirmTestId="confirm-forget-pc"
      onCancel={onCancel}
      onConfirm={forget}
    >
      {target && (
        <>
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {target.name}
            </Text>
            <Fingerprint value={target.fingerprint} size="sm" />
          </Stack>
          <Text size="sm">{t('transfer.trustedPcs.removeText', { name: target.name })}</Text>
        </>
      )}
    </ConfirmDialog>
  );
}
