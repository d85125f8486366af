import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../../../domain/contract';

/** Also the colours of visits in the calendar. */
export const STATUS_COLORS: Record<VisitStatus, string> = {
  draft: 'gray',
  planned: 'blue',
  confirmed: 'teal',
  in_progress: 'orange',
  completed: 'navy',
  cancelled: 'red',
};

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm" tt="none" miw="max-content">
      {t(`visitStatus.${status}`)}
    </Badge>
  );
}
