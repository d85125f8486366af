import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { useOptions } from '../agreements/use-options';

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
  const visits = useOptions('visits:list', (visit, language) => `${pickText(visit.title, language)} · ${formatDateRange(visit.startDate, visit.endDate, language)}`);
  const [from, setFrom] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = visits.options.filter((option) => option.value !== String(visitId));
  return (
    <Modal opened={opened} onClose={onClose} title={t('programme.copy.title')} size="lg">
      <Stack key={lang}>
        <Text size="sm" c="dimmed">{t('programme.copy.hint')}</Text>
        <Select label={t('programme.copy.visit')} data={options} value={from} onChange={setFrom} searchable />
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
