// Settings → Transfer → Export: choose visits and agreements, save them as one bundle file.
import { Button, Group, MultiSelect, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { pickText } from '../../i18n/pick-text';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { downloadText } from '../../components/download';

type Option = { value: string; label: string };

export function TransferExport() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [visits, setVisits] = useState<Option[]>([]);
  const [agreements, setAgreements] = useState<Option[]>([]);
  const [chosenVisits, setChosenVisits] = useState<string[]>([]);
  const [chosenAgreements, setChosenAgreements] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('visits:list', { lang, limit: 500 })
      .then((page) => setVisits(page.rows.map((row) => ({ value: String(row.id), label: pickText(row.title, lang) }))))
      .catch(showError);
    call('agreements:list', { lang, limit: 500 })
      .then((page) => setAgreements(page.rows.map((row) => ({ value: String(row.id), label: pickText(row.title, lang) }))))
      .catch(showError);
  }, [lang]);

  const exportBundle = () => {
    setBusy(true);
    call('transfer:export', { visitIds: chosenVisits.map(Number), agreementIds: chosenAgreements.map(Number) })
      .then((bundle) => {
        downloadText(bundle.content, bundle.fileName, 'application/json');
        showSuccess('transfer.exported', { count: bundle.records });
      })
      .catch(showError)
      .finally(() => setBusy(false));
  };

  return (
    <Stack gap="xs">
      <Title order={4} fz="sm">
        {t('transfer.exportTitle')}
      </Title>
      <MultiSelect label={t('transfer.visits')} placeholder={t('transfer.choose')} data={visits} value={chosenVisits} onChange={setChosenVisits} searchable clearable />
      <MultiSelect
        label={t('transfer.agreements')}
        placeholder={t('transfer.choose')}
        data={agreements}
        value={chosenAgreements}
        onChange={setChosenAgreements}
        searchable
        clearable
      />
      <Group>
        <Button onClick={exportBundle} loading={busy} disabled={chosenVisits.length + chosenAgreements.length === 0}>
          {t('transfer.export')}
        </Button>
      </Group>
    </Stack>
  );
}
