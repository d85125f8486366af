// Prints the visit's name badges from the briefing screen: the delegation's, ours or both
// sides', sent to the printer or saved as PDF, in the language chosen for the pack.
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BADGE_SIDES, type Language, type PrintJob } from '../../../../domain/contract';
import { usePrintJob } from '../../components/use-print-job';

export function BadgesMenu({ visitId, lang }: { visitId: number; lang: Language }) {
  const { t } = useTranslation();
  const printing = usePrintJob();

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={printing.busy}>
          {t('badges.printBadges')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {BADGE_SIDES.map((side) => {
          const job: PrintJob = { document: 'badges', visitId, lang, side, paper: 'A4' };
          return (
            <div key={side}>
              <Menu.Label>{t(`badges.sides.${side}`)}</Menu.Label>
              <Menu.Item onClick={() => printing.print(job)}>{t('badges.print')}</Menu.Item>
              <Menu.Item onClick={() => printing.exportPdf(job)}>{t('badges.savePdf')}</Menu.Item>
            </div>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
