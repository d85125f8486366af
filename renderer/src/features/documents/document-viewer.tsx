import { Alert, Center, Loader, Modal, ScrollArea, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, StoredDocument } from '../../../../domain/contract';
import { ApiError, call } from '../../api';
import { base64ToBytes } from './download';
import { PdfPages } from './pdf-pages';

type Content = ChannelOutput<'documents:read'>;
type State = { id: number; content: Content } | { id: number; error: ApiError } | null;

/**
 * Shows a stored PDF or image read-only inside the app. The bytes come from main, which checked
 * their SHA-256 first; nothing is handed to the OS to open, so an attachment never runs.
 */
export function DocumentViewer({ document, onClose }: { document: StoredDocument | null; onClose(): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>(null);
  const id = document?.id ?? null;

  useEffect(() => {
    if (id === null) return;
    let current = true;
    call('documents:read', { id, purpose: 'view' })
      .then((content) => current && setState({ id, content }))
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError) setState({ id, error });
        else throw error;
      });
    return () => {
      current = false;
    };
  }, [id]);

  const shown = state && state.id === id ? state : null;
  return (
    <Modal opened={document !== null} onClose={onClose} title={document?.fileName} size="xl" centered>
      {!shown ? (
        <Center h={200}>
          <Loader color="navy" />
        </Center>
      ) : 'error' in shown ? (
        <Alert color="red" title={t('documents.cannotOpen')} role="alert">
          {t(`errors.${shown.error.shape.messageKey}`, shown.error.shape.params)}
        </Alert>
      ) : (
        <Preview content={shown.content} />
      )}
    </Modal>
  );
}

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
