import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { showError } from '../store/notices-store';
import { showDeletedWithUndo } from './undo-deletion';

type TrashChannel = 'visits:delete' | 'people:delete' | 'events:delete';

interface Request {
  channel: TrashChannel;
  id: number;
  name: string;
  /** The confirmation after deleting, e.g. `visitPlan.deleted`. */
  doneKey: string;
  onDeleted(): void;
  /** After "Undo" has put the record back, under this id. */
  onRestored(id: number): void;
}

/**
 * Deleting with a safety net: the officer confirms in a dialog, the record goes to the trash,
 * and the confirmation offers "Undo". Render `dialog` once; call `ask` from a delete button.
 */
export function useDeleteToTrash(): { ask(request: Request): void; dialog: ReactNode } {
  const { t } = useTranslation();
  const [request, setRequest] = useState<Request | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = (current: Request) => {
    setBusy(true);
    call(current.channel, { id: current.id })
      .then(({ trashId }) => {
        setRequest(null);
        current.onDeleted();
        showDeletedWithUndo({ key: current.doneKey }, trashId, current.onRestored);
      })
      .catch(showError)
      .finally(() => setBusy(false));
  };

  const dialog = (
    <Modal opened={request !== null} onClose={() => setRequest(null)} title={t('trash.confirmTitle')} centered>
      {request && (
        <Stack>
          <Text size="sm">{t('trash.confirmText', { name: request.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRequest(null)}>
              {t('trash.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => confirm(request)}>
              {t('trash.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
  return { ask: setRequest, dialog };
}
