// A dialog holding a form that asks before it loses typed work: Escape, the close button, a
// click outside and Cancel all ask first while the form has unsaved changes.
import { Modal, Text, type ModalProps } from '@mantine/core';
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';

interface Guard {
  setDirty(dirty: boolean): void;
  requestClose(): void;
}
const GuardContext = createContext<Guard | null>(null);

interface Props {
  opened: boolean;
  onClose(): void;
  title: ReactNode;
  size?: ModalProps['size'];
  children: ReactNode;
}

export function FormModal({ opened, onClose, title, size, children }: Props) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  if (!opened && dirty) setDirty(false);
  // The question opens once the key press that asked is over: opened during that Escape, the new
  // dialog's own Escape handler would hear it too and close it at once.
  const requestClose = () => (dirty ? setTimeout(() => setAsking(true)) : onClose());
  return (
    <>
      <Modal opened={opened} onClose={requestClose} title={title} size={size}>
        <GuardContext.Provider value={{ setDirty, requestClose }}>{children}</GuardContext.Provider>
      </Modal>
      <ConfirmDialog
        opened={asking}
        title={t('unsavedChanges.title')}
        confirmLabel={t('unsavedChanges.discard')}
        cancelLabel={t('unsavedChanges.keep')}
        confirmTestId="discard-changes"
        onCancel={() => setAsking(false)}
        onConfirm={async () => {
          setAsking(false);
          setDirty(false);
          onClose();
        }}
      >
        <Text size="sm">{t('unsavedChanges.body')}</Text>
      </ConfirmDialog>
    </>
  );
}

/** Tells the surrounding FormModal whether the form holds unsaved changes; returns its guarded close, for Cancel. */
export function useUnsavedChanges(dirty: boolean): () => void {
  const guard = useContext(GuardContext);
  // A layout effect, so the dialog knows before the next key press is handled: an Escape pressed
  // right after a keystroke (a passive effect could still be pending) must ask, not close.
  useLayoutEffect(() => guard?.setDirty(dirty), [guard, dirty]);
  if (!guard) throw new Error('useUnsavedChanges is for forms inside a FormModal');
  return guard.requestClose;
}
