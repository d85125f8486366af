// Settings → Transfer between PCs.
import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TransferExport } from './transfer-export';
import { TransferImport } from './transfer-import';
import { TrustedPcs } from './trusted-pcs';

export function TransferSection() {
  const { t } = useTranslation();
  // An import that trusted its signer changes the list of trusted PCs below it.
  const [signersVersion, setSignersVersion] = useState(0);
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
        <TransferImport onSignersChanged={() => setSignersVersion((old) => old + 1)} />
        <Divider />
        <TrustedPcs version={signersVersion} />
      </Stack>
    </Paper>
  );
}
