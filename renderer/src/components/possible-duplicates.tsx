import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../domain/contract';
import { pickText } from '../i18n/pick-text';
import { useSettings } from '../store/settings-store';

export interface LikelyMatch {
  id: number;
  name: LocalizedText;
  /** What tells the officer which one it is: organisation, position, country. */
  detail: string;
}

interface Props {
  matches: LikelyMatch[];
  /** i18n key of the heading, e.g. `similar.person`. */
  titleKey: string;
  onOpen(id: number): void;
  onSaveAnyway(): void;
  saving: boolean;
}

/** Shown before a save when the record looks like one already in the directory, in any script. */
export function PossibleDuplicates({ matches, titleKey, onOpen, onSaveAnyway, saving }: Props) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  return (
    <Alert color="orange" variant="light" title={t(titleKey, { count: matches.length })} data-testid="duplicate-warning">
      <Stack gap="xs">
        {matches.map((match) => (
          <Group key={match.id} justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                {pickText(match.name, lang)}
              </Text>
              <Text size="xs" c="dimmed">
                {[match.name.az, match.name.ru, match.name.en].filter((name) => name && name !== pickText(match.name, lang)).join(' · ')}
              </Text>
              {match.detail && (
                <Text size="xs" c="dimmed">
                  {match.detail}
                </Text>
              )}
            </Stack>
            <Button size="xs" variant="default" onClick={() => onOpen(match.id)} data-testid="duplicate-open" style={{ flexShrink: 0 }}>
              {t('similar.open')}
            </Button>
          </Group>
        ))}
        <Group justify="flex-end">
          <Button size="xs" color="orange" loading={saving} onClick={onSaveAnyway} data-testid="duplicate-save-anyway">
            {t('similar.saveAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
