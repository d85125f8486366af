// Settings → Transfer → Import: read a bundle file, preview what it would do record by record,
// let the officer choose for records edited on both sides (newer wins by default), then merge.
import { Button, FileInput, Group, ScrollArea, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, TransferPreviewItem } from '../../../../electron/contract';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { formatInstant } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';

type Choice = TransferPreviewItem['defaultChoice'];
const STATUS_COLOR = { added: 'teal.8', updated: 'blue.8', unchanged: 'gray.7', conflicting: 'orange.9' } as const;

export function TransferImport() {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<ChannelOutput<'transfer:preview'> | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);

  const read = (file: File | null) => {
    setPreview(null);
    setContent(null);
    setChoices({});
    if (!file) return;
    setBusy(true);
    file
      .text()
      .then(async (text) => {
        setPreview(await call('transfer:preview', { content: text }));
        setContent(text);
      })
      .catch(showError)
      .finally(() => setBusy(false));
  };
  const importBundle = () => {
    if (content === null) return;
    setBusy(true);
    call('transfer:import', { content, choices })
      .then((result) => {
        showSuccess('transfer.imported', result);
        setPreview(null);
        setContent(null);
      })
      .catch(showError)
      .finally(() => setBusy(false));
  };

  const count = (status: TransferPreviewItem['status']) => preview?.items.filter((item) => item.status === status).length ?? 0;
  const shown = preview?.items.filter((item) => item.status !== 'unchanged') ?? [];
  return (
    <Stack gap="xs">
      <Title order={4} fz="sm">
        {t('transfer.importTitle')}
      </Title>
      <FileInput label={t('transfer.file')} placeholder={t('transfer.filePlaceholder')} accept=".json,application/json" onChange={read} clearable />
      {preview && (
        <Stack gap="xs" data-testid="transfer-preview">
          <Text size="sm" c="dimmed">
            {t('transfer.previewOf', { who: preview.exportedBy, at: formatInstant(preview.exportedAt, lang) })}
          </Text>
          <Text size="sm" fw={500}>
            {t('transfer.summary', { added: count('added'), updated: count('updated'), unchanged: count('unchanged'), conflicting: count('conflicting') })}
          </Text>
          <ScrollArea.Autosize mah={420}>
            <Table striped withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('transfer.columns.record')}</Table.Th>
                  <Table.Th>{t('transfer.columns.type')}</Table.Th>
                  <Table.Th>{t('transfer.columns.status')}</Table.Th>
                  <Table.Th>{t('transfer.columns.choice')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((item) => (
                  <Table.Tr key={item.uuid}>
                    <Table.Td>{pickText(item.label, lang)}</Table.Td>
                    <Table.Td>{t(`transfer.tables.${item.table}`, { defaultValue: item.table })}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600} c={STATUS_COLOR[item.status]}>
                        {t(`transfer.statuses.${item.status}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {item.status !== 'added' && (
                        <SegmentedControl
                          size="xs"
                          value={choices[item.uuid] ?? item.defaultChoice}
                          onChange={(value) => setChoices((old) => ({ ...old, [item.uuid]: value as Choice }))}
                          data={(['incoming', 'local'] as const).map((choice) => ({
                            value: choice,
                            label: `${t(`transfer.choices.${choice}`)}${choice === item.defaultChoice ? ` (${t('transfer.newer')})` : ''}`,
                          }))}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          <Group>
            <Button onClick={importBundle} loading={busy}>
              {t('transfer.import')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
