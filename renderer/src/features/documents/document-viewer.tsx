import { Alert, Center, Loader, Modal, ScrollArea, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, StoredDocument } from '../../../../domain/contract';
import { ApiError } from '../../api';
import { useCall } from '../../components/use-call';
import { base64ToBytes } from '../../components/download';
import { PdfPages } from './pdf-pages';

type Content = ChannelOutput<'documents:read'>;

/**
 * Shows a stored PDF or image read-only inside the app. The bytes come from main, which checked
 * their SHA-256 first; nothing is handed to the OS to open, so an attachment never runs.
 */
export function DocumentViewer({ document, onClose }: { document: StoredDocument | null; onClose(): void }) {
  const { t } = useTranslation();
  const id = document?.id ?? null;
  // A handler's refusal (a file gone or changed on disk) is shown here, in place of the document.
  const read = useCall('documents:read', id === null ? null : { id, purpose: 'view' }, { shownInPlace: isRefusal });
  const refusal = isRefusal(read.error) ? read.error : null;
  const content = read.loading ? null : read.data;
  return (
    <Modal opened={document !== null} onClose={onClose} title={document?.fileName} size="xl" centered>
      {refusal ? (
        <Alert color="red" title={t('documents.cannotOpen')} role="alert">
          {t(`errors.${refusal.shape.messageKey}`, refusal.shape.params)}
        </Alert>
      ) : content ? (
        <Preview content={content} />
      ) : (
        <Center h={200}>
          <Loader color="navy" />
        </Center>
      )}
    </Modal>
  );
}

const isRefusal = (failure: unknown): failure is ApiError => failure instanceof ApiError;

function Preview({ content }: { content: Content }) {
  const { t } = useTranslation();
  const bytes = useMemo(() => (content.preview === 'pdf' ? base64ToBytes(content.contentBase64) : null), [content]);
  if (bytes) return <PdfPages bytes={bytes} />;
  if (content.preview === 'image') {
    // A data: URL (allowed by the CSP's img-src) needs no revoking; main decided from the bytes that it is an image.
    const type = content.document.mediaType.startsWith('image/') ? content.document.mediaType : 'image/*';
    return (
      <ScrollArea.Autosize mah="75vh">
        <img
          src={`data:${type};base64,${content.contentBase64}`}
          alt={content.document.fileName}
          style={{ maxWidth: '100%', display: 'block', margin: '0 auto' }}
        />
      </ScrollArea.Autosize>
    );
  }
  return <Text c="dimmed">{t('documents.noPreview')}</Text>;
}
