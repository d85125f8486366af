import { create } from 'zustand';
import type { Language } from '../../../electron/contract';
import { call } from '../api';
import i18n from '../i18n';
import { useOffice } from './office-store';

interface SettingsState {
  language: Language;
  /** False until the saved settings have been read, so the first screen is already in the right language. */
  loaded: boolean;
  load(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  language: 'en',
  loaded: false,
  async load() {
    try {
      const settings = await call('settings:get', {});
      await i18n.changeLanguage(settings.language);
      set({ language: settings.language });
    } finally {
      set({ loaded: true });
    }
  },
  async setLanguage(language) {
    // A read-only database can't remember the choice; the interface still follows it until closing.
    if (useOffice.getState().readOnly !== null) {
      await i18n.changeLanguage(language);
      set({ language });
      return;
    }
    const settings = await call('settings:save', { language });
    await i18n.changeLanguage(settings.language);
    set({ language: settings.language });
  },
}));
