import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOffice } from '../store/office-store';

/** Above every screen while the database can only be read: that it is so, why, and what to do. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const readOnly = useOffice((state) => state.readOnly);
  if (readOnly === null) return null;
  return (
    <Alert color="orange" variant="light" title={t('readOnly.title')} mb="md" role="alert" data-testid="read-only-banner">
      <Text size="sm">{t(`readOnly.reasons.${readOnly.reason}`)}</Text>
      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {t('readOnly.path', { path: readOnly.path })}
      </Text>
      <Text size="sm" mt={4}>
        {t('readOnly.consequence')}
      </Text>
    </Alert>
  );
}
