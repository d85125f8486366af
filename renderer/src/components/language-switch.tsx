import { SegmentedControl } from '@mantine/core';
import { LANGUAGES } from '../../../domain/contract';
import { isLanguage, LANGUAGE_ENDONYMS } from '../i18n';
import { useSettings } from '../store/settings-store';
import { showError } from '../store/notices-store';

/** A quick switch in the header: officers change language often, mid-task. */
export function LanguageSwitch() {
  const { language, setLanguage } = useSettings();
  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) setLanguage(value).catch(showError);
      }}
      data={LANGUAGES.map((lang) => ({ value: lang, label: lang.toUpperCase(), title: LANGUAGE_ENDONYMS[lang] }))}
      aria-label={LANGUAGE_ENDONYMS[language]}
    />
  );
}
