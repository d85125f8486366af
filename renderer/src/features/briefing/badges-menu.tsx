// Prints the visit's name badges from the briefing screen: the delegation's, ours or both
// sides', sent to the printer or saved as PDF, in the language chosen for the pack.
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BADGE_SIDES, type Language, type PrintJob } from '../../../../domain/contract';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';

export function BadgesMenu({ visitId, lang }: { visitId: number; lang: Language }) {
  const { t } = useTranslation();
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

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy}>
          {t('badges.printBadges')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {BADGE_SIDES.map((side) => {
          const job: PrintJob = { document: 'badges', visitId, lang, side, paper: 'A4' };
          return (
            <div key={side}>
              <Menu.Label>{t(`badges.sides.${side}`)}</Menu.Label>
              <Menu.Item onClick={() => run(job, 'print')}>{t('badges.print')}</Menu.Item>
              <Menu.Item onClick={() => run(job, 'pdf')}>{t('badges.savePdf')}</Menu.Item>
            </div>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
