import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../domain/contract';
import { useCall } from './use-call';
import { NameSuggestions } from './name-suggestions';

/** A name as the form holds it: any language may still be empty. */
export interface NameValue {
  az?: string | null;
  ru?: string | null;
  en?: string | null;
}

interface Props {
  value: NameValue;
  onChange(value: NameValue): void;
  /** i18n key with `{{language}}` in it, e.g. `nameFields.name`. */
  labelKey: string;
  /** Test-id prefix, e.g. `person-name` gives `person-name-ru` and `person-name-suggest-en` (then `-1`, `-2`…). */
  testId: string;
  error?: string;
  /** Offer the text in the other two scripts while one is being typed (names, not translations). */
  suggest?: boolean;
}

const SUGGEST_DEBOUNCE_MS = 300;

/**
 * A name in Azerbaijani, Russian and English. While the officer types in one, the other two
 * show its spellings there as buttons: one click fills the field, nothing is filled unasked.
 */
export function NameFields({ value, onChange, labelKey, testId, error, suggest = true }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<{ from: Language; text: string } | null>(null);
  const [debounced] = useDebouncedValue(typed, SUGGEST_DEBOUNCE_MS);
  const asking = suggest && debounced && debounced.text.trim() !== '';
  const answer = useCall('names:transliterate', asking ? { text: debounced.text.trim(), from: debounced.from } : null);
  // Only the answer to what is typed now counts; a cleared field offers nothing.
  const spellings = asking && !answer.loading && !answer.error && typed && debounced.from === typed.from && debounced.text === typed.text
    ? answer.data
    : null;

  return (
    <SimpleGrid cols={3} spacing="sm">
      {LANGUAGES.map((language) => {
        const offered = (spellings?.[language] ?? []).filter((spelling) => spelling.text !== (value[language] ?? ''));
        return (
          <Stack key={language} gap={4}>
            <TextInput
              label={t(labelKey, { language: t(`nameFields.in.${language}`) })}
              value={value[language] ?? ''}
              onChange={(event) => {
                const text = event.currentTarget.value;
                onChange({ ...value, [language]: text });
                setTyped({ from: language, text });
              }}
              error={language === 'az' ? error : undefined}
              data-testid={`${testId}-${language}`}
              lang={language}
            />
            <NameSuggestions
              spellings={offered}
              onUse={(text) => onChange({ ...value, [language]: text })}
              testId={`${testId}-suggest-${language}`}
            />
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
