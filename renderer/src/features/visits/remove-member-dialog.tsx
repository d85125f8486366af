// Taking someone off a visit takes them out of its programme too, so the officer sees which
// events first; afterwards "Undo" puts the member and their places in those events back.
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProtocolEvent, VisitMember } from '../../../../domain/contract';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { dayInZone, formatDate, formatTimeRange } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { showDeletedWithUndo } from '../../components/undo-deletion';

/** A member about to be removed, with the events of the visit they are in. */
export interface MemberRemoval {
  member: VisitMember;
  events: ProtocolEvent[];
}

/** The visit's events, in time order, that count this person among their participants. */
export const eventsWith = (events: ProtocolEvent[], personId: number): ProtocolEvent[] =>
  events
    .filter((event) => event.participants.some((participant) => participant.personId === personId))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

interface Props {
  removal: MemberRemoval | null;
  onCancel(): void;
  /** After the member is removed, and again after "Undo" has put them back. */
  onChanged(): void;
}

export function RemoveMemberDialog({ removal, onCancel, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const name = removal ? pickText(removal.member.name, lang) : '';

  const remove = async () => {
    if (!removal) return;
    const { trashId } = await call('visitMembers:delete', { id: removal.member.id });
    onCancel();
    onChanged();
    showDeletedWithUndo({ key: 'visitPlan.removeMember.done', params: { name } }, trashId, onChanged);
  };

  return (
    <ConfirmDialog
      opened={removal !== null}
      title={t('visitPlan.removeMember.title')}
      confirmLabel={t('visitPlan.removeMember.confirm')}
      cancelLabel={t('visitPlan.removeMember.cancel')}
      confirmTestId="confirm-remove-member"
      onCancel={onCancel}
      onConfirm={remove}
    >
      {removal && (
        <>
          <Text size="sm">{t('visitPlan.removeMember.text', { name })}</Text>
          {removal.events.length === 0 ? (
            <Text size="sm">{t('visitPlan.removeMember.inNoEvents')}</Text>
          ) : (
            <>
              <Text size="sm">{t('visitPlan.removeMember.inEvents')}</Text>
              <List size="sm" spacing={4} aria-label={t('visitPlan.removeMember.inEvents')}>
                {removal.events.map((event) => (
                  <List.Item key={event.id}>
                    <Text size="sm">{pickText(event.title, lang)}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDate(dayInZone(event.startsAt, event.timeZone), lang)}, {formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Text size="xs" c="dimmed">
            {t('visitPlan.removeMember.undoHint')}
          </Text>
        </>
      )}
    </ConfirmDialog>
  );
}
