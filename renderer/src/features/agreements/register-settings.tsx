import { Button, Group, NumberInput, Paper, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';

/** The register's settings: the attachment size limit and the expiry alert horizon. */
export function RegisterSettings() {
  const { t } = useTranslation();
  const [limit, setLimit] = useState<number | string>('');
  const [horizon, setHorizon] = useState<number | string>('');
  useEffect(() => {
    call('settings:get', {})
      .then((settings) => {
        setLimit(settings.documentSizeLimitMb);
        setHorizon(settings.expiryHorizonDays);
      })
      .catch(showError);
  }, []);
  const save = () =>
    call('settings:save', { documentSizeLimitMb: Number(limit), expiryHorizonDays: Number(horizon) })
      .then(() => showSuccess('settings.saved'))
      .catch(showError);
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Title order={3} fz="md">
          {t('registerSettings.title')}
        </Title>
        <Group align="flex-start">
          <NumberInput label={t('registerSettings.sizeLimit')} description={t('registerSettings.sizeLimitHint')} value={limit} onChange={setLimit} min={1} max={500} w={260} />
          <NumberInput label={t('registerSettings.horizon')} description={t('registerSettings.horizonHint')} value={horizon} onChange={setHorizon} min={1} max={3650} w={260} />
        </Group>
        <Group>
          <Button onClick={() => void save()}>{t('registerSettings.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
