// The services' working lists: the car list, the rooming list and the accreditation list, with
// the columns the officer ticks, exported as PDF (the print route) or as CSV.
import { Button, Checkbox, Group, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_COLUMNS, type BriefingPack, type ListKind, type PrintJob } from '../../../../domain/contract';
import { call } from '../../api';
import { workingList } from '../../print/working-lists';
import { showSuccess } from '../../store/notices-store';
import { usePrintJob } from '../../components/use-print-job';
import type { DocumentChoice } from './briefing-page';
import { useUntranslatedCheck } from './untranslated-check';

const KINDS = Object.keys(LIST_COLUMNS) as ListKind[];

export function WorkingLists({ visitId, pack, choice }: { visitId: number; pack: BriefingPack; choice: DocumentChoice }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<ListKind>('cars');
  const [columns, setColumns] = useState<Record<ListKind, string[]>>({
    cars: [...LIST_COLUMNS.cars],
    rooming: [...LIST_COLUMNS.rooming],
    accreditation: [...LIST_COLUMNS.accreditation],
  });
  const printing = usePrintJob();
  const docT = i18n.getFixedT(choice.lang);
  const chosen = columns[kind];
  const job: PrintJob = { document: 'list', visitId, ...choice, kind, columns: chosen };

  const untranslated = useUntranslatedCheck(pack);
  const exportPdf = () => untranslated.beforeExport(job, () => printing.exportPdf(job));
  const print = () => untranslated.beforeExport(job, () => printing.print(job));
  const exportCsv = () =>
    untranslated.beforeExport(job, () =>
      printing.run(async () => {
        // Main writes the CSV, so every export follows the office's one set of CSV rules.
        const list = workingList(kind, chosen, pack, choice.lang, docT);
        const result = await call('briefing:exportCsv', { visitId, kind, lang: choice.lang, columns: chosen, ...list });
        if (result.saved && result.path) showSuccess('briefingPack.exported', { path: result.path });
      }),
    );

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('workingLists.title')}</Title>
        <SegmentedControl
          orientation="vertical"
          fullWidth
          aria-label={t('workingLists.kind')}
          value={kind}
          onChange={(value) => setKind(value as ListKind)}
          data={KINDS.map((value) => ({ value, label: docT(`lists.titles.${value}`) }))}
        />
        <Checkbox.Group
          label={t('workingLists.columns')}
          value={chosen}
          onChange={(value) => setColumns((current) => ({ ...current, [kind]: value }))}
        >
          <Group gap="sm" mt={6}>
            {LIST_COLUMNS[kind].map((column) => (
              <Checkbox key={column} value={column} label={docT(`lists.columns.${column}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={print} loading={printing.busy} disabled={chosen.length === 0}>
            {t('workingLists.print')}
          </Button>
          <Button variant="default" onClick={exportCsv} loading={printing.busy} disabled={chosen.length === 0}>
            {t('workingLists.exportCsv')}
          </Button>
          <Button onClick={exportPdf} loading={printing.busy} disabled={chosen.length === 0}>
            {t('workingLists.exportPdf')}
          </Button>
        </Group>
      </Stack>
      {untranslated.dialog}
    </Paper>
  );
}
