import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { ConfirmDialog } from './confirm-dialog';
import { showSuccess } from '../store/notices-store';

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
  const remove = async () => {
    if (!target) return;
    await call(target.channel, { id: target.id });
    showSuccess(doneKey);
    onDeleted();
  };
  return (
    <ConfirmDialog
      opened={target !== null}
      title={t('directoryDelete.title')}
      confirmLabel={t('directoryDelete.confirm')}
      cancelLabel={t('directoryDelete.cancel')}
      confirmTestId="confirm-delete"
      onCancel={onCancel}
      onConfirm={remove}
    >
      {target && <Text size="sm">{t('directoryDelete.text', { name: target.name })}</Text>}
    </ConfirmDialog>
  );
}
