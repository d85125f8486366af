import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../../../domain/contract';

const COLORS: Record<AgreementStatus, string> = {
  draft: 'gray',
  under_negotiation: 'blue',
  signed: 'teal',
  in_force: 'green',
  expired: 'orange',
  terminated: 'red',
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" tt="none" miw="max-content">
      {t(`agreementStatus.${status}`)}
    </Badge>
  );
}
