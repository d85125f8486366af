import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** What an empty list says on a new install: add the first record here, or get the demo office from Settings. */
export function EmptyOffice({ message, addLabel, onAdd }: { message: string; addLabel: string; onAdd(): void }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={message} size="sm" data-testid="empty-office">
      <EmptyState.Actions>
        <Button color="navy" onClick={onAdd}>
          {addLabel}
        </Button>
        <Button component={Link} to="/settings" variant="light">
          {t('visits.goToSettings')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
