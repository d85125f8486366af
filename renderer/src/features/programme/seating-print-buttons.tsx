// Prints an event's seating plan as the officer sees it: the chart (on A4 or A3, landscape) and
// the place cards, through the briefing's print channels, in the interface's language.
import { Button, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PrintJob, SeatingLayout } from '../../../../domain/contract';
import { CHART_PAPER_SIZES } from '../../../../domain/print-options';
import { usePrintJob } from '../../components/use-print-job';
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
  const printing = usePrintJob();
  const ways = (job: PrintJob) => (
    <>
      <Menu.Item onClick={() => printing.print(job)}>{t('seatingPrint.print')}</Menu.Item>
      <Menu.Item onClick={() => printing.exportPdf(job)}>{t('seatingPrint.savePdf')}</Menu.Item>
    </>
  );

  return (
    <Group gap="xs">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={printing.busy}>
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
          <Button variant="default" loading={printing.busy}>
            {t('seatingPrint.printCards')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>{ways({ document: 'placeCards', visitId, eventId, layout, lang })}</Menu.Dropdown>
      </Menu>
    </Group>
  );
}
