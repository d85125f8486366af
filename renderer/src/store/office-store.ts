import { create } from 'zustand';
import type { ReadOnlyAccess } from '../../../domain/contract';

interface OfficeState {
  /** Set when the database opened read-only: the banner says why, and the save buttons are off. */
  readOnly: ReadOnlyAccess | null;
}

/** What the office's database allows, as `recovery:status` reported it at start. */
export const useOffice = create<OfficeState>(() => ({ readOnly: null }));

/** True while nothing can be saved; forms disable their save buttons with it. */
export const useReadOnly = (): boolean => useOffice((state) => state.readOnly !== null);
