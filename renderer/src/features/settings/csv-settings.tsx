import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../../../domain/contract';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';

const DELIMITER_NAMES: Record<CsvDelimiter, 'semicolon' | 'comma'> = { ';': 'semicolon', ',': 'comma' };
const isDelimiter = (value: string | null): value is CsvDelimiter => CSV_DELIMITERS.some((delimiter) => delimiter === value);

/** Settings section: the column separator of every CSV the office saves, to match its Excel. */
export function CsvSettings() {
  const { t } = useTranslation();
  const [delimiter, setDelimiter] = useState<CsvDelimiter | null>(null);
  useEffect(() => {
    call('settings:get', {})
      .then((settings) => setDelimiter(settings.csvDelimiter))
      .catch(showError);
  }, []);
  const choose = (value: string | null) => {
    if (!isDelimiter(value)) return;
    call('settings:save', { csvDelimiter: value })
      .then((settings) => {
        setDelimiter(settings.csvDelimiter);
        showSuccess('settings.saved');
      })
      .catch(showError);
  };
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Title order={3} fz="md">
          {t('csvSettings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('csvSettings.hint')}
        </Text>
        <Select
          label={t('csvSettings.delimiter')}
          data={CSV_DELIMITERS.map((value) => ({ value, label: t(`csvSettings.${DELIMITER_NAMES[value]}`) }))}
          value={delimiter}
          onChange={choose}
          allowDeselect={false}
          w={420}
        />
      </Stack>
    </Paper>
  );
}
