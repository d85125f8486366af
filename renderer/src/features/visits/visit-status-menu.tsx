import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitDetail, VisitStatus } from '../../../../domain/contract';
import { VISIT_STATUS_TRANSITIONS } from '../../../../domain/contract/status-transitions';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';

/** Offers only the statuses the visit may move to from where it is; the server has the last word. */
export function VisitStatusMenu({ visit, onChanged }: { visit: VisitDetail; onChanged(visit: VisitDetail): void }) {
  const { t } = useTranslation();
  const next = VISIT_STATUS_TRANSITIONS[visit.status];
  const move = (status: VisitStatus) =>
    call('visits:setStatus', { id: visit.id, status })
      .then((changed) => {
        showSuccess('visitPlan.statusChanged', { status: t(`visitStatus.${status}`) });
        onChanged(changed);
      })
      .catch(showError);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="light">{t('visitPlan.changeStatus')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {next.length === 0 && <Menu.Label>{t('visitPlan.noFurtherStatus')}</Menu.Label>}
        {next.map((status) => (
          <Menu.Item key={status} color={status === 'cancelled' ? 'red' : undefined} onClick={() => void move(status)}>
            {t('visitPlan.moveTo', { status: t(`visitStatus.${status}`) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
