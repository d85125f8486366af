import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictDetails, type Conflict } from '../../../../domain/contract';
import { ApiError } from '../../api';
import { formatDate, formatTimeRange } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { instantToWall } from '../../../../domain/programme-time';

/** The conflicts a refused save carries, or null when the error is about something else. */
export function conflictsIn(error: unknown): { conflicts: Conflict[]; blocked: boolean } | null {
  if (!(error instanceof ApiError) || error.shape.code !== 'conflict') return null;
  const details = ConflictDetails.safeParse(error.shape.details);
  if (!details.success) return null;
  return { conflicts: details.data.conflicts, blocked: error.shape.messageKey === 'conflict.programmeBlocked' };
}

/** One conflict in a sentence, with times in the host city's zone. */
export function useConflictSentence(timeZone: string, visitId: number): (conflict: Conflict) => string {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  return (conflict) => {
    const other = conflict.other;
    const time = other
      ? `${formatDate(instantToWall(other.startsAt, timeZone).day, lang)}, ${formatTimeRange(other.startsAt, other.endsAt, timeZone)}`
      : '';
    const otherTitle = other ? `${pickText(other.title, lang)}${other.visitId === visitId ? '' : ` ${t('programme.conflicts.otherVisit')}`}` : '';
    return t(`programme.conflicts.${conflict.rule}`, {
      person: pickText(conflict.person?.name, lang),
      venue: pickText(conflict.venue?.name, lang),
      other: otherTitle,
      time,
      needed: conflict.minutesNeeded ?? 0,
      available: conflict.minutesAvailable ?? 0,
    });
  };
}

/** A conflict as a line: how serious it is, whether it was acknowledged, and what it is. */
export function ConflictLine({ conflict, sentence, eventTitle, onOpen }: { conflict: Conflict; sentence: string; eventTitle?: string; onOpen?: () => void }) {
  const { t } = useTranslation();
  const color = conflict.severity === 'block' ? 'red' : conflict.acknowledged ? 'gray' : 'orange';
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="conflict-line" data-rule={conflict.rule} data-acknowledged={conflict.acknowledged}>
      <Stack gap={2} w={150} style={{ flexShrink: 0 }}>
        <Badge color={color} variant="light" size="sm">
          {t(`programme.conflicts.${conflict.severity}`)}
        </Badge>
        {conflict.acknowledged && (
          <Text size="xs" c="dimmed">
            {t('programme.conflicts.acknowledged')}
          </Text>
        )}
      </Stack>
      <Stack gap={0}>
        {eventTitle && (
          <Anchor component="button" type="button" size="xs" c="dimmed" ta="left" onClick={onOpen} disabled={!onOpen}>
            {t('programme.conflicts.inEvent', { event: eventTitle })}
          </Anchor>
        )}
        <Text size="sm">{sentence}</Text>
      </Stack>
    </Group>
  );
}
