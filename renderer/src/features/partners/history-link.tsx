import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The link from a row of the organisations table to that partner's cooperation history. */
export function PartnerHistoryLink({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  return (
    // The row itself opens the organisation's form; the link must not do that too.
    <Anchor component={Link} to={`/organizations/${organizationId}`} size="sm" onClick={(event) => event.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
      {t('partner.timeline')}
    </Anchor>
  );
}
