import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { RecordKind } from '../components/record-choices';

// An officer picks the same few people and partners all week; they come first in every picker.
const KEPT = 6;

interface RecentPicksState {
  /** The ids picked last, newest first, per kind of record. */
  recent: Record<RecordKind, number[]>;
  remember(kind: RecordKind, id: number): void;
}

/**
 * Kept in the window's local storage, not in the office's database: it is this officer's habit on
 * this PC, not a setting of the office (and saving a setting writes the audit log).
 */
export const useRecentPicks = create<RecentPicksState>()(
  persist(
    (set) => ({
      recent: { person: [], organization: [], visit: [], agreement: [] },
      remember: (kind, id) =>
        set((state) => ({ recent: { ...state.recent, [kind]: [id, ...state.recent[kind].filter((other) => other !== id)].slice(0, KEPT) } })),
    }),
    { name: 'protocol-desk.recent-picks', storage: createJSONStorage(() => localStorage), partialize: (state) => ({ recent: state.recent }) },
  ),
);
