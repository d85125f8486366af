import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NameSpelling } from '../../../domain/contract';

interface Props {
  spellings: NameSpelling[];
  onUse(text: string): void;
  /** The first button keeps `<testId>`, the others get `<testId>-<n>`. */
  testId: string;
}

/** The spellings on offer for one field, each a button naming the conventions that write it so. */
export function NameSuggestions({ spellings, onUse, testId }: Props) {
  const { t } = useTranslation();
  if (spellings.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('nameFields.suggestion')}
      </Text>
      {spellings.map((spelling, index) => {
        const conventions = spelling.conventions.map((convention) => t(`nameFields.conventions.${convention}`)).join(', ');
        return (
          <Group key={spelling.text} gap={6} style={{ rowGap: 0 }}>
            <Button
              size="compact-xs"
              variant="light"
              color="navy"
              tt="none"
              maw="100%"
              onClick={() => onUse(spelling.text)}
              data-testid={index === 0 ? testId : `${testId}-${index}`}
              aria-label={t('nameFields.use', { text: spelling.text, conventions })}
            >
              {spelling.text}
            </Button>
            <Text size="xs" c="dimmed" aria-hidden>
              {conventions}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
