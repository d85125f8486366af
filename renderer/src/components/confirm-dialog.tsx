// Asks before something that can't simply be undone (a delete, a PC no longer trusted): the
// officer confirms, the action runs, and a refusal is shown with its reason.
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { showError } from '../store/notices-store';

interface Props {
  opened: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  /** For tests to find the confirming button. */
  confirmTestId: string;
  onCancel(): void;
  /** The action; the dialog waits for it and shows its error if it fails. */
  onConfirm(): Promise<void>;
  children: ReactNode;
}

export function ConfirmDialog({ opened, title, confirmLabel, cancelLabel, confirmTestId, onCancel, onConfirm, children }: Props) {
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    setBusy(true);
    onConfirm()
      .catch(showError)
      .finally(() => setBusy(false));
  };
  return (
    // Above any dialog it asks from (Mantine's modals stack at 200), below the notices (1000).
    <Modal opened={opened} onClose={onCancel} title={title} centered zIndex={300}>
      <Stack>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button color="red" loading={busy} onClick={confirm} data-testid={confirmTestId}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
