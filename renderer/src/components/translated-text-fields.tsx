import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../domain/contract';

/** A text as a form holds it: any language may still be empty. */
export type TranslatedValue = Partial<Record<Language, string | null>>;

interface Props {
  value: TranslatedValue;
  onChange(value: TranslatedValue): void;
  /** i18n key with `{{language}}` in it, e.g. `venueForm.addressIn`. */
  labelKey: string;
  /** Notes take several lines; an address one. */
  multiline?: boolean;
  /** Test-id prefix: `venue-address` gives `venue-address-ru`. */
  testId?: string;
  /** An error about the text as a whole (none given in any language), shown at the first field. */
  error?: string;
}

/** Languages left empty while another has the text: a printed document would show them in another language. */
function missingTranslations(value: TranslatedValue): Language[] {
  const given = LANGUAGES.filter((language) => (value[language] ?? '').trim() !== '');
  return given.length === 0 ? [] : LANGUAGES.filter((language) => !given.includes(language));
}

/**
 * A text printed in documents, in the office's three languages side by side. An empty language
 * beside a filled one says "no translation", so the officer sees what the Russian or Azerbaijani
 * pack would print in another language before printing it.
 */
export function TranslatedTextFields({ value, onChange, labelKey, multiline = false, testId, error }: Props) {
  const { t } = useTranslation();
  const missing = missingTranslations(value);
  return (
    <SimpleGrid cols={3} spacing="sm">
      {LANGUAGES.map((language) => {
        const shared = {
          label: t(labelKey, { language: t(`nameFields.in.${language}`) }),
          value: value[language] ?? '',
          onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ ...value, [language]: event.currentTarget.value }),
          description: missing.includes(language) ? t('translations.missing') : undefined,
          // Below the field, so the three fields stay level whichever languages are missing.
          inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
          styles: { description: { color: 'var(--mantine-color-orange-8)' } },
          error: language === LANGUAGES[0] ? error : undefined,
          lang: language,
          'data-testid': testId && `${testId}-${language}`,
        };
        return multiline ? <Textarea key={language} autosize minRows={2} {...shared} /> : <TextInput key={language} {...shared} />;
      })}
    </SimpleGrid>
  );
}
