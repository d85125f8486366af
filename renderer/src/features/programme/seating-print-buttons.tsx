// Prints an event's seating plan as the officer sees it: the chart (on A4 or A3, landscape) and
// the place cards, through the briefing's print channels, in the interface's language.
import { Button, Group, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob, SeatingLayout } from '../../../../domain/contract';
import { CHART_PAPER_SIZES } from '../../../../domain/print-options';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';

interface Props {
  eventId: number;
  visitId: number;
  /** The layout on screen, which may not be saved yet. */
  layout: SeatingLayout;
}

export function SeatingPrintButtons({ eventId, visitId, layout }: Props) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [busy, setBusy] = useState(false);

  const run = (job: PrintJob, how: 'print' | 'pdf') => {
    setBusy(true);
    const work =
      how === 'pdf'
        ? call('briefing:exportPdf', job).then((result) => {
            if (result.saved && result.path) showSuccess('briefingPack.exported', { path: result.path });
          })
        : call('briefing:print', job).then((result) => {
            if (result.printed) showSuccess('briefingPack.printed');
          });
    work.catch(showError).finally(() => setBusy(false));
  };
  const ways = (job: PrintJob) => (
    <>
      <Menu.Item onClick={() => run(job, 'print')}>{t('seatingPrint.print')}</Menu.Item>
      <Menu.Item onClick={() => run(job, 'pdf')}>{t('seatingPrint.savePdf')}</Menu.Item>
    </>
  );

  return (
    <Group gap="xs">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={busy}>
            {t('seatingPrint.printChart')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {CHART_PAPER_SIZES.map((paper) => (
            <div key={paper}>
              <Menu.Label>{t('seatingPrint.paper', { paper })}</Menu.Label>
              {ways({ document: 'seating', visitId, eventId, layout, lang, paper, marking: 'none', markingText: '' })}
            </div>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={busy}>
            {t('seatingPrint.printCards')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>{ways({ document: 'placeCards', visitId, eventId, layout, lang })}</Menu.Dropdown>
      </Menu>
    </Group>
  );
}
