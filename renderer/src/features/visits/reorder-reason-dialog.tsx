// An order the officer sets by hand departs from the order of precedence, so the app asks why
// before saving it; the answer, if any, goes to the audit log beside the new order.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The longest reason the contract keeps (`MemberReorder.reason`). */
const MAX_REASON = 300;

interface Props {
  opened: boolean;
  /** The order is put back as it was. */
  onCancel(): void;
  /** Saves the order with the reason typed, null when none; the dialog waits for it. */
  onConfirm(reason: string | null): Promise<void>;
}

export function ReorderReasonDialog({ opened, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const close = () => {
    setReason('');
    onCancel();
  };
  const confirm = () => {
    setBusy(true);
    onConfirm(reason.trim() === '' ? null : reason.trim())
      .then(() => setReason(''))
      .finally(() => setBusy(false));
  };
  return (
    <Modal opened={opened} onClose={close} title={t('visitPlan.reorderReason.title')} centered>
      <Stack>
        <Text size="sm">{t('visitPlan.reorderReason.text')}</Text>
        <Textarea
          label={t('visitPlan.reorderReason.label')}
          placeholder={t('visitPlan.reorderReason.placeholder')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={MAX_REASON}
          autosize
          minRows={2}
          data-autofocus
          data-testid="reorder-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('visitPlan.reorderReason.cancel')}
          </Button>
          <Button loading={busy} onClick={confirm} data-testid="confirm-reorder">
            {t('visitPlan.reorderReason.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
