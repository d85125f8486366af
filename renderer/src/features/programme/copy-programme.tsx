import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../store/settings-store';
import { RecordSelect } from '../../components/record-picker';

interface Props {
  opened: boolean;
  visitId: number;
  onClose(): void;
  onCopy(fromVisitId: number): Promise<unknown>;
}

/** Picks the earlier visit whose programme this one starts from. */
export function CopyProgrammeModal({ opened, visitId, onClose, onCopy }: Props) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [from, setFrom] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title={t('programme.copy.title')} size="lg">
      <Stack key={lang}>
        <Text size="sm" c="dimmed">{t('programme.copy.hint')}</Text>
        <RecordSelect kind="visit" exclude={visitId} label={t('programme.copy.visit')} value={from} onChange={setFrom} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('programme.form.cancel')}</Button>
          <Button
            disabled={from === null}
            loading={busy}
            onClick={() => {
              setBusy(true);
              void onCopy(Number(from)).finally(() => setBusy(false));
            }}
          >
            {t('programme.copy.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
