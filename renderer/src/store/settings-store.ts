import { create } from 'zustand';
import type { Language } from '../../../electron/contract';
import { call } from '../api';
import i18n from '../i18n';

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
    const settings = await call('settings:save', { language });
    await i18n.changeLanguage(settings.language);
    set({ language: settings.language });
  },
}));
