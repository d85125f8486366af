import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';

interface Props {
  /** What is about to be deleted, or null when nothing is. */
  target: { channel: 'organizations:delete' | 'venues:delete'; id: number; name: string } | null;
  /** The confirmation after deleting, e.g. `organizationForm.deleted`. */
  doneKey: string;
  onCancel(): void;
  onDeleted(): void;
}

/** Asks before deleting a directory record; a record still in use is refused with the reason. */
export function ConfirmDelete({ target, doneKey, onCancel, onDeleted }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    if (!target) return;
    setBusy(true);
    call(target.channel, { id: target.id })
      .then(() => {
        showSuccess(doneKey);
        onDeleted();
      })
      .catch(showError)
      .finally(() => setBusy(false));
  };
  return (
    <Modal opened={target !== null} onClose={onCancel} title={t('directoryDelete.title')} centered>
      {target && (
        <Stack>
          <Text size="sm">{t('directoryDelete.text', { name: target.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('directoryDelete.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={confirm} data-testid="confirm-delete">
              {t('directoryDelete.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
