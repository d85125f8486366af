// Settings → Transfer → Trusted PCs: this PC's key, the PCs whose signed bundles the office imports
// without asking, adding one from its key file, and removing one after a confirmation.
import { Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../domain/contract';
import { call } from '../../api';
import { formatInstant } from '../../i18n/format';
import { showError, showSuccess } from '../../store/notices-store';
import { useReadOnly } from '../../store/office-store';
import { useSettings } from '../../store/settings-store';
import { ConfirmForgetPc } from './confirm-forget-pc';
import { Fingerprint } from './fingerprint';
import { ThisPc } from './this-pc';

export type TrustedPc = ChannelOutput<'transfer:signers'>[number];

/** `version` changes when another part of the screen has trusted a PC (an import), to read the list again. */
export function TrustedPcs({ version }: { version: number }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  return (
    <Stack gap="xs" data-testid="trusted-pcs">
      <Title order={4} fz="sm">
        {t('transfer.trustedPcs.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {readOnly ? t('transfer.trustedPcs.readOnly') : t('transfer.trustedPcs.hint')}
      </Text>
      {/* Neither the key nor the list can be read from a read-only office: both channels write or are refused there. */}
      {!readOnly && (
        <>
          <ThisPc />
          <TrustedPcList version={version} />
        </>
      )}
    </Stack>
  );
}

function TrustedPcList({ version }: { version: number }) {
  const { t } = useTranslation();
  const [signers, setSigners] = useState<TrustedPc[] | null>(null);
  const [forgetting, setForgetting] = useState<TrustedPc | null>(null);
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [adding, setAdding] = useState(false);

  const reload = useCallback(() => {
    call('transfer:signers', {}).then(setSigners).catch(showError);
  }, []);
  useEffect(() => reload(), [reload, version]);

  const add = (file: File | null) => {
    setKeyFile(file);
    if (!file) return;
    setAdding(true);
    file
      .text()
      .then((content) => call('transfer:trustKeyFile', { content }))
      .then((signer) => {
        showSuccess('transfer.trustedPcs.trustedNow', { name: signer.name, fingerprint: signer.fingerprint });
        reload();
      })
      .catch(showError)
      // The field empties either way, ready for the next key file.
      .finally(() => {
        setKeyFile(null);
        setAdding(false);
      });
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} mt="xs">
        {t('transfer.trustedPcs.listTitle')}
      </Text>
      {signers?.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="trusted-pcs-none">
          {t('transfer.trustedPcs.none')}
        </Text>
      )}
      {signers?.map((signer) => <TrustedPcRow key={signer.id} signer={signer} onRemove={() => setForgetting(signer)} />)}
      <FileInput
        label={t('transfer.trustedPcs.addFromFile')}
        placeholder={t('transfer.trustedPcs.addPlaceholder')}
        accept=".json,application/json"
        value={keyFile}
        onChange={add}
        disabled={adding}
      />
      <ConfirmForgetPc
        target={forgetting}
        onCancel={() => setForgetting(null)}
        onForgotten={() => {
          setForgetting(null);
          reload();
        }}
      />
    </Stack>
  );
}

function TrustedPcRow({ signer, onRemove }: { signer: TrustedPc; onRemove(): void }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  return (
    <Paper withBorder radius="sm" px="sm" py="xs" data-testid="trusted-pc">
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {signer.name}
          </Text>
          <Fingerprint value={signer.fingerprint} size="sm" />
          <Text size="xs" c="dimmed">
            {t('transfer.trustedPcs.added', { at: formatInstant(signer.addedAt, lang), who: signer.addedBy })}
          </Text>
        </Stack>
        <Button size="xs" variant="subtle" color="red" onClick={onRemove} style={{ flexShrink: 0 }}>
          {t('transfer.trustedPcs.remove')}
        </Button>
      </Group>
    </Paper>
  );
}
