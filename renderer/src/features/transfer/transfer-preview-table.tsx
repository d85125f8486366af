// What a bundle would do, record by record, with the officer's choice for records edited on both
// sides (the newer side is chosen unless the officer says otherwise). Unchanged records are counted, not listed.
import { ScrollArea, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TransferPreviewItem } from '../../../../domain/contract';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';

export type Choice = TransferPreviewItem['defaultChoice'];
const STATUS_COLOR = { added: 'teal.8', updated: 'blue.8', unchanged: 'gray.7', conflicting: 'orange.9' } as const;

interface Props {
  items: TransferPreviewItem[];
  choices: Record<string, Choice>;
  onChoose(uuid: string, choice: Choice): void;
}

export function TransferPreviewTable({ items, choices, onChoose }: Props) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const shown = items.filter((item) => item.status !== 'unchanged');
  return (
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
                    onChange={(value) => onChoose(item.uuid, value as Choice)}
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
  );
}
