import '@mantine/dropzone/styles.css';
import { Button, Group, NumberInput, Paper, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, LANGUAGES, type DocumentOwner, type Language, type StoredDocument } from '../../../../domain/contract';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { DocumentViewer } from './document-viewer';
import { base64ToBytes, downloadBlob, fileToBase64 } from '../../components/download';

type Kind = StoredDocument['kind'];

const MEGABYTE = 1024 * 1024;

/** Kilobytes below a megabyte, else megabytes with one decimal, in the reader's number format. */
function FileSize({ bytes }: { bytes: number }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const number = (value: number) => new Intl.NumberFormat(lang === 'az' ? 'az-Latn-AZ' : lang, { maximumFractionDigits: 1 }).format(value);
  return bytes < MEGABYTE
    ? t('documents.kilobytes', { size: number(Math.max(1, Math.round(bytes / 1024))) })
    : t('documents.megabytes', { size: number(bytes / MEGABYTE) });
}

/** Attach, open, save a copy of, and trash the documents of an agreement, a visit or a person. */
export function DocumentsPanel({ owner }: { owner: DocumentOwner }) {
  const { t } = useTranslation();
  const [documents, setDocuments] = useState<StoredDocument[]>([]);
  const [trashed, setTrashed] = useState(false);
  const [kind, setKind] = useState<Kind>('agreementId' in owner ? 'signed_scan' : 'other');
  const [language, setLanguage] = useState<Language | null>(null);
  const [version, setVersion] = useState(1);
  const [uploading, setUploading] = useState(false);
  const [viewing, setViewing] = useState<StoredDocument | null>(null);
  const ownerKey = JSON.stringify(owner);

  const reload = useCallback(
    () => call('documents:list', { owner: JSON.parse(ownerKey) as DocumentOwner, trashed }).then(setDocuments).catch(showError),
    [ownerKey, trashed],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const attach = async (files: File[]) => {
    setUploading(true);
    try {
      for (const file of files) {
        await call('documents:add', {
          owner,
          fileName: file.name,
          mediaType: file.type,
          kind,
          language,
          version,
          contentBase64: await fileToBase64(file),
        });
        showSuccess('documents.attached', { fileName: file.name });
      }
    } catch (error) {
      showError(error);
    } finally {
      setUploading(false);
      void reload();
    }
  };

  const saveCopy = (document: StoredDocument) =>
    call('documents:read', { id: document.id, purpose: 'export' })
      .then((content) => downloadBlob(new Blob([base64ToBytes(content.contentBase64)], { type: 'application/octet-stream' }), document.fileName))
      .catch(showError);
  const move = (document: StoredDocument) =>
    call(trashed ? 'documents:restore' : 'documents:trash', { id: document.id })
      .then(() => {
        showSuccess(trashed ? 'documents.restored' : 'documents.trashed', { fileName: document.fileName });
        return reload();
      })
      .catch(showError);

  return (
    <Stack gap="sm">
      <Title order={3} fz="lg" c="navy.9">
        {t('documents.title')}
      </Title>
      {!trashed && (
        <Paper withBorder radius="md" p="md">
          <Group gap="sm" mb="sm" align="flex-end">
            <Select
              label={t('documents.kind')}
              data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`documentKind.${value}`) }))}
              value={kind}
              onChange={(value) => setKind(DOCUMENT_KINDS.find((k) => k === value) ?? 'other')}
              allowDeselect={false}
              w={220}
            />
            <Select
              label={t('documents.language')}
              data={LANGUAGES.map((value) => ({ value, label: t(`languageNames.${value}`) }))}
              value={language}
              onChange={(value) => setLanguage(LANGUAGES.find((l) => l === value) ?? null)}
              clearable
              w={180}
            />
            <NumberInput label={t('documents.version')} value={version} onChange={(value) => setVersion(Number(value) || 1)} min={1} max={999} w={110} />
          </Group>
          <Dropzone onDrop={(files) => void attach(files)} loading={uploading} multiple aria-label={t('documents.dropHere')}>
            <Stack gap={4} align="center" py="md" style={{ pointerEvents: 'none' }}>
              <Text fw={500}>{t('documents.dropHere')}</Text>
              <Text size="sm" c="dimmed">
                {t('documents.dropHint')}
              </Text>
            </Stack>
          </Dropzone>
        </Paper>
      )}
      <Group justify="flex-end">
        <Switch label={t('documents.showTrash')} checked={trashed} onChange={(event) => setTrashed(event.currentTarget.checked)} />
      </Group>
      <Paper withBorder radius="md">
        {documents.length === 0 ? (
          <Text c="dimmed" p="lg" ta="center">
            {t(trashed ? 'documents.trashEmpty' : 'documents.empty')}
          </Text>
        ) : (
          <Table striped verticalSpacing={6} aria-label={t('documents.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.columns.fileName')}</Table.Th>
                <Table.Th>{t('documents.kind')}</Table.Th>
                <Table.Th>{t('documents.language')}</Table.Th>
                <Table.Th>{t('documents.version')}</Table.Th>
                <Table.Th>{t('documents.columns.size')}</Table.Th>
                <Table.Th>{t('documents.columns.sha256')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {document.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`documentKind.${document.kind}`)}</Table.Td>
                  <Table.Td>{document.language ? t(`languageNames.${document.language}`) : t('common.notGiven')}</Table.Td>
                  <Table.Td>{document.version}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}><FileSize bytes={document.sizeBytes} /></Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" title={document.sha256}>
                      {document.sha256.slice(0, 12)}…
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {!trashed && (
                        <Button size="compact-sm" variant="light" onClick={() => setViewing(document)}>
                          {t('documents.open')}
                        </Button>
                      )}
                      {!trashed && (
                        <Button size="compact-sm" variant="default" onClick={() => void saveCopy(document)}>
                          {t('documents.saveCopy')}
                        </Button>
                      )}
                      <Button size="compact-sm" variant="subtle" color={trashed ? 'teal' : 'red'} onClick={() => void move(document)}>
                        {t(trashed ? 'documents.restore' : 'documents.trash')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <DocumentViewer document={viewing} onClose={() => setViewing(null)} />
    </Stack>
  );
}
