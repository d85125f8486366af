// Settings → Transfer between PCs.
import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TransferExport } from './transfer-export';
import { TransferImport } from './transfer-import';

export function TransferSection() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" data-testid="transfer">
      <Stack gap="sm">
        <Title order={3} fz="md">
          {t('transfer.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('transfer.hint')}
        </Text>
        <TransferExport />
        <Divider />
        <TransferImport />
      </Stack>
    </Paper>
  );
}
