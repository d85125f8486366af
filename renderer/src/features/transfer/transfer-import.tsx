// Settings → Transfer → Import: read a bundle file, preview what it would do record by record and
// who signed it, let the officer choose for records edited on both sides and decide about a PC the
// office doesn't trust yet, then merge. Both steps run as a job with a progress bar and a cancel.
import { Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, TransferPreviewItem } from '../../../../domain/contract';
import { call } from '../../api';
import { formatInstant } from '../../i18n/format';
import { showError, showSuccess } from '../../store/notices-store';
import { useReadOnly } from '../../store/office-store';
import { useSettings } from '../../store/settings-store';
import { TransferPreviewTable, type Choice } from './transfer-preview-table';
import { TransferProgress } from './transfer-progress';
import { TransferSigner, type SignerDecision } from './transfer-signer';

type Preview = ChannelOutput<'transfer:preview'>;

export function TransferImport({ onSignersChanged }: { onSignersChanged(): void }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const readOnly = useReadOnly();
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<{ content: string; preview: Preview } | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [decision, setDecision] = useState<SignerDecision | null>(null);
  const [job, setJob] = useState<'preview' | 'import' | null>(null);

  const reset = (picked: File | null) => {
    setFile(picked);
    setLoaded(null);
    setChoices({});
    setDecision(null);
  };
  const read = (picked: File | null) => {
    reset(picked);
    if (!picked) return;
    setJob('preview');
    picked
      .text()
      .then(async (content) => setLoaded({ content, preview: await call('transfer:preview', { content }) }))
      .catch((error: unknown) => {
        // A refused or cancelled file is let go, so the same file can be picked again.
        setFile(null);
        showError(error);
      })
      .finally(() => setJob(null));
  };
  const importBundle = () => {
    if (!loaded) return;
    const unknownSigner = loaded.preview.signer.trusted ? undefined : decision;
    if (unknownSigner === null) return;
    setJob('import');
    call('transfer:import', { content: loaded.content, choices, unknownSigner })
      .then((result) => {
        showSuccess('transfer.imported', result);
        if (unknownSigner === 'trust') onSignersChanged();
        reset(null);
      })
      .catch(showError)
      .finally(() => setJob(null));
  };

  const preview = loaded?.preview;
  const count = (status: TransferPreviewItem['status']) => preview?.items.filter((item) => item.status === status).length ?? 0;
  const undecided = preview !== undefined && !preview.signer.trusted && decision === null;
  return (
    <Stack gap="xs" data-testid="transfer-import">
      <Title order={4} fz="sm">
        {t('transfer.importTitle')}
      </Title>
      <FileInput
        label={t('transfer.file')}
        placeholder={t('transfer.filePlaceholder')}
        accept=".json,application/json"
        value={file}
        onChange={read}
        disabled={job !== null || readOnly}
        clearable
      />
      {job === 'preview' && <TransferProgress />}
      {preview && (
        <Stack gap="xs" data-testid="transfer-preview">
          <Text size="sm" c="dimmed">
            {t('transfer.previewOf', { who: preview.exportedBy, at: formatInstant(preview.exportedAt, lang) })}
          </Text>
          <TransferSigner signer={preview.signer} decision={decision} onDecide={setDecision} />
          <Text size="sm" fw={500}>
            {t('transfer.summary', { added: count('added'), updated: count('updated'), unchanged: count('unchanged'), conflicting: count('conflicting') })}
          </Text>
          <TransferPreviewTable items={preview.items} choices={choices} onChoose={(uuid, choice) => setChoices((old) => ({ ...old, [uuid]: choice }))} />
          {job === 'import' && <TransferProgress />}
          <Group gap="sm">
            <Button onClick={importBundle} loading={job === 'import'} disabled={undecided || readOnly}>
              {t('transfer.import')}
            </Button>
            {undecided && (
              <Text size="sm" c="orange.9">
                {t('transfer.signer.decideFirst')}
              </Text>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
