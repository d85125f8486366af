import { create } from 'zustand';
import { ApiError } from '../api';
import type { ApiErrorShape } from '../../../domain/contract';

/** What to say, kept untranslated so a notice follows a change of interface language. */
export type Notice =
  | { id: number; kind: 'error'; error: ApiErrorShape }
  | { id: number; kind: 'success'; messageKey: string; params?: Record<string, string | number>; action?: NoticeAction };

/** A button on a confirmation, such as "Undo" right after a deletion. */
export interface NoticeAction {
  labelKey: string;
  run(): void;
}

type NewNotice = Notice extends infer N ? (N extends Notice ? Omit<N, 'id'> : never) : never;

interface NoticesState {
  notices: Notice[];
  push(notice: NewNotice): void;
  dismiss(id: number): void;
}

let nextId = 1;
/** Confirmations fade by themselves; errors stay until the officer has read and closed them. */
const SUCCESS_VISIBLE_MS = 5000;
/** Long enough to notice a deletion was a mistake and undo it. */
const ACTION_VISIBLE_MS = 12000;

export const useNotices = create<NoticesState>((set, get) => ({
  notices: [],
  push(notice) {
    const id = nextId++;
    set({ notices: [...get().notices, { ...notice, id }] });
    if (notice.kind === 'success') setTimeout(() => get().dismiss(id), notice.action ? ACTION_VISIBLE_MS : SUCCESS_VISIBLE_MS);
  },
  dismiss(id) {
    set({ notices: get().notices.filter((notice) => notice.id !== id) });
  },
}));

/** Shows any failure to the officer; nothing is swallowed. Unexpected ones are also logged. */
export function showError(error: unknown): void {
  if (error instanceof ApiError) {
    useNotices.getState().push({ kind: 'error', error: error.shape });
    return;
  }
  console.error(error);
  useNotices.getState().push({ kind: 'error', error: { code: 'internal', messageKey: 'internal' } });
}

export function showSuccess(messageKey: string, params?: Record<string, string | number>, action?: NoticeAction): void {
  useNotices.getState().push({ kind: 'success', messageKey, params, action });
}
