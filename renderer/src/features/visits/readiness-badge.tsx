import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Readiness } from '../../../../domain/contract';

/** "7/9 done", green once everything needed is done. */
export function ReadinessBadge({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  if (readiness.total === 0) return null;
  const complete = readiness.done === readiness.total;
  return (
    <Badge color={complete ? 'teal' : 'gray'} variant="light" radius="sm" tt="none" miw="max-content">
      {t('checklist.readiness', readiness)}
    </Badge>
  );
}
