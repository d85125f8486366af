import { call } from '../api';
import { showError, showSuccess } from '../store/notices-store';

/**
 * The confirmation after a record went to the trash, with "Undo" that puts it back at once.
 * `onRestored` gets the id the record came back under.
 */
export function showDeletedWithUndo(
  done: { key: string; params?: Record<string, string | number> },
  trashId: number | undefined,
  onRestored: (id: number) => void,
): void {
  const undo =
    trashId === undefined
      ? undefined
      : {
          labelKey: 'trash.undo',
          run: () => {
            call('trash:restore', { id: trashId })
              .then((restored) => {
                showSuccess('trash.restored');
                onRestored(restored.id);
              })
              .catch(showError);
          },
        };
  showSuccess(done.key, done.params, undo);
}
