// Who signed a previewed bundle. A trusted PC is named; an unknown one is a warning with the
// fingerprint to confirm with the sender, and the officer must decide before anything is imported.
import { Alert, Paper, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../domain/contract';
import { Fingerprint } from './fingerprint';

type Signer = ChannelOutput<'transfer:preview'>['signer'];
/** What to do with an unknown signer; null until the officer has chosen. */
export type SignerDecision = 'importOnce' | 'trust';

interface Props {
  signer: Signer;
  decision: SignerDecision | null;
  onDecide(decision: SignerDecision): void;
}

export function TransferSigner({ signer, decision, onDecide }: Props) {
  const { t } = useTranslation();
  if (signer.trusted) {
    return (
      <Alert color="teal" variant="light" p="sm" data-testid="transfer-signer" title={t('transfer.signer.trusted', { name: signer.trustedAs ?? signer.name })}>
        <Fingerprint value={signer.fingerprint} size="xs" testId="signer-fingerprint" />
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" role="alert" data-testid="transfer-signer" title={t('transfer.signer.unknownTitle')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('transfer.signer.title')}: <strong>{signer.name}</strong>
        </Text>
        <Text size="sm">{t('transfer.signer.unknownText')}</Text>
        <Paper withBorder radius="sm" px="md" py="xs" bg="white">
          <Text size="xs" c="dimmed">
            {t('transfer.signer.fingerprint')}
          </Text>
          <Fingerprint value={signer.fingerprint} size="lg" testId="signer-fingerprint" />
        </Paper>
        <Radio.Group label={t('transfer.signer.decision')} value={decision} onChange={(value) => onDecide(value as SignerDecision)} data-testid="signer-decision">
          <Stack gap="xs" mt={6}>
            <Radio value="importOnce" label={t('transfer.signer.importOnce')} description={t('transfer.signer.importOnceHint')} />
            <Radio value="trust" label={t('transfer.signer.trust')} description={t('transfer.signer.trustHint')} />
          </Stack>
        </Radio.Group>
      </Stack>
    </Alert>
  );
}
