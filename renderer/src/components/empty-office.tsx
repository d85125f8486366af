import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** What an empty list says on a new install: where to get the demo office. */
export function EmptyOffice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={message} size="sm">
      <EmptyState.Actions>
        <Button component={Link} to="/settings" variant="light">
          {t('visits.goToSettings')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
