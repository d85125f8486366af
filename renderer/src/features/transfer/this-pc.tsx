// This PC's transfer key, as other PCs come to trust it: its name and fingerprint, and its public
// key file to save and carry to them.
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../components/use-call';
import { showSuccess } from '../../store/notices-store';
import { downloadText } from '../../components/download';
import { Fingerprint } from './fingerprint';

export function ThisPc() {
  const { t } = useTranslation();
  const identity = useCall('transfer:identity', {}).data;

  const saveKeyFile = () => {
    if (!identity) return;
    downloadText(identity.keyFile.content, identity.keyFile.fileName, 'application/json');
    showSuccess('transfer.trustedPcs.keyFileSaved', { name: identity.keyFile.fileName });
  };

  return (
    <Paper withBorder radius="sm" p="sm" bg="gray.0" data-testid="this-pc">
      <Stack gap={6}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('transfer.trustedPcs.thisPc')}
        </Text>
        {identity && (
          <>
            <Text size="sm" fw={600}>
              {identity.name}
            </Text>
            <Fingerprint value={identity.fingerprint} size="md" testId="this-pc-fingerprint" />
          </>
        )}
        <Text size="xs" c="dimmed">
          {t('transfer.trustedPcs.thisPcHint')}
        </Text>
        <Group>
          <Button size="xs" variant="light" onClick={saveKeyFile} disabled={!identity}>
            {t('transfer.trustedPcs.saveKeyFile')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
