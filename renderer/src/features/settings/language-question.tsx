import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../domain/contract';
import i18n, { LANGUAGE_ENDONYMS, systemLanguage } from '../../i18n';
import { showError } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';

/** The first start's question, asked before anything else: each language is offered in itself, the system's first. */
export function LanguageQuestion() {
  const { t } = useTranslation();
  const setLanguage = useSettings((state) => state.setLanguage);
  const suggested = systemLanguage();
  useEffect(() => {
    void i18n.changeLanguage(suggested);
  }, [suggested]);

  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder radius="md" p="xl" w={420}>
        <Stack gap="md" role="group" aria-labelledby="language-question">
          <Title order={1} fz="xl" c="navy.9" id="language-question">
            {t('settings.languageQuestion')}
          </Title>
          {LANGUAGES.map((language) => (
            <Button
              key={language}
              lang={language}
              size="md"
              color="navy"
              variant={language === suggested ? 'filled' : 'default'}
              autoFocus={language === suggested}
              onClick={() => setLanguage(language).catch(showError)}
            >
              {LANGUAGE_ENDONYMS[language]}
            </Button>
          ))}
          <Text size="sm" c="dimmed">
            {t('settings.languageQuestionHint')}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
