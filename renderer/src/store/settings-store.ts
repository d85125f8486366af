import { create } from 'zustand';
import type { Language } from '../../../domain/contract';
import { call } from '../api';
import i18n from '../i18n';
import { useOffice } from './office-store';

interface SettingsState {
  language: Language;
  /** False on a first start, until an officer has chosen the language. */
  languageChosen: boolean;
  /** False until the saved settings have been read, so the first screen is already in the right language. */
  loaded: boolean;
  load(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  language: 'en',
  languageChosen: false,
  loaded: false,
  async load() {
    try {
      const settings = await call('settings:get', {});
      await i18n.changeLanguage(settings.language);
      // A read-only database can't remember an answer, so it would ask on every start.
      set({ language: settings.language, languageChosen: settings.languageChosen || useOffice.getState().readOnly !== null });
    } finally {
      set({ loaded: true });
    }
  },
  async setLanguage(language) {
    // A read-only database can't remember the choice; the interface still follows it until closing.
    if (useOffice.getState().readOnly !== null) {
      await i18n.changeLanguage(language);
      set({ language, languageChosen: true });
      return;
    }
    const settings = await call('settings:save', { language, languageChosen: true });
    await i18n.changeLanguage(settings.language);
    set({ language: settings.language, languageChosen: settings.languageChosen });
  },
}));
