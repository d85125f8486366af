import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../domain/contract';
import { ConflictLine, conflictsIn, useConflictSentence } from './conflict-text';

interface Pending {
  conflicts: Conflict[];
  blocked: boolean;
  saveAnyway(): void;
  back(): void;
}

/**
 * Every programme write (the form, a drag, a copy) goes through `save`: it tries with the
 * acknowledgements already given; if the server answers with conflicts, the dialog lists them and,
 * for warnings only, offers "Save anyway", which retries acknowledging exactly those warnings.
 * Resolves to null when the officer goes back instead.
 */
export function useConflictSave(timeZone: string, visitId: number): {
  save<T>(attempt: (acknowledged: string[]) => Promise<T>, acknowledged?: string[]): Promise<T | null>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const sentence = useConflictSentence(timeZone, visitId);
  const [pending, setPending] = useState<Pending | null>(null);

  const save = async <T,>(attempt: (acknowledged: string[]) => Promise<T>, acknowledged: string[] = []): Promise<T | null> => {
    try {
      return await attempt(acknowledged);
    } catch (error) {
      const found = conflictsIn(error);
      if (!found) throw error;
      return new Promise<T | null>((resolve, reject) => {
        const warnings = found.conflicts.filter((conflict) => conflict.severity === 'warn').map((conflict) => conflict.key);
        setPending({
          ...found,
          saveAnyway: () => {
            setPending(null);
            attempt([...new Set(warnings)]).then(resolve, reject);
          },
          back: () => {
            setPending(null);
            resolve(null);
          },
        });
      });
    }
  };

  const dialog = (
    <Modal
      opened={pending !== null}
      onClose={() => pending?.back()}
      title={t(pending?.blocked ? 'programme.conflicts.blockedTitle' : 'programme.conflicts.dialogTitle')}
      size="lg"
      centered
    >
      {pending && (
        <Stack data-testid="conflict-dialog">
          <Text size="sm">{t(pending.blocked ? 'programme.conflicts.blockedText' : 'programme.conflicts.dialogText')}</Text>
          {pending.conflicts.map((conflict) => (
            <ConflictLine key={`${conflict.eventId}:${conflict.key}`} conflict={conflict} sentence={sentence(conflict)} />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={pending.back}>
              {t('programme.conflicts.back')}
            </Button>
            {!pending.blocked && (
              <Button color="orange" onClick={pending.saveAnyway}>
                {t('programme.conflicts.saveAnyway')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
  return { save, dialog };
}
