import { Anchor, Notification } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCall } from '../../components/use-call';

/** A short summary of the alerts, once, when the app starts; nothing when all is well. */
export function AlertsSummary() {
  const { t } = useTranslation();
  const alerts = useCall('alerts:list', {}).data;
  const [closed, setClosed] = useState(false);
  if (!alerts || closed) return null;
  const counts = {
    expiring: alerts.expiring.length,
    withoutScan: alerts.withoutScan.length,
    overdue: alerts.overdueActivities.length,
  };
  if (counts.expiring + counts.withoutScan + counts.overdue === 0) return null;
  return (
    <Notification
      color="orange"
      title={t('alerts.summaryTitle')}
      onClose={() => setClosed(true)}
      closeButtonProps={{ 'aria-label': t('common.dismiss') }}
      withBorder
      pos="fixed"
      bottom={16}
      right={16}
      w={380}
      // Under dialogs (Mantine's modals stack at 200), and out of the notices' corner.
      style={{ zIndex: 150 }}
      role="status"
    >
      {t('alerts.summary', counts)}{' '}
      <Anchor component={Link} to="/alerts" size="sm" onClick={() => setClosed(true)}>
        {t('alerts.open')}
      </Anchor>
    </Notification>
  );
}
