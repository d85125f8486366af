import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../store/office-store';

interface Props {
  /** The form's catalog section (personForm, organizationForm, venueForm) and test-id prefix. */
  section: 'personForm' | 'organizationForm' | 'venueForm';
  testId: 'person' | 'organization' | 'venue';
  saving: boolean;
  onClose(): void;
  /** Given only for a stored record: a new one has nothing to delete. */
  onDelete?: () => void;
}

/** Delete on the left, away from Cancel and Save on the right, the same in every directory form. */
export function DirectoryFormFooter({ section, testId, saving, onClose, onDelete }: Props) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  return (
    <Group justify="space-between">
      <div>
        {onDelete && (
          <Button variant="subtle" color="red" onClick={onDelete} disabled={readOnly} data-testid={`${testId}-delete`}>
            {t(`${section}.delete`)}
          </Button>
        )}
      </div>
      <Group>
        <Button variant="default" onClick={onClose}>
          {t(`${section}.cancel`)}
        </Button>
        <Button type="submit" color="navy" loading={saving} disabled={readOnly} data-testid={`${testId}-save`}>
          {t(`${section}.save`)}
        </Button>
      </Group>
    </Group>
  );
}
