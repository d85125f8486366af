import { Button, Group, Paper } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { VisitDetail } from '../../../../domain/contract';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';
import { useDeleteToTrash } from '../../components/use-delete-to-trash';
import { ReadinessBadge } from './readiness-badge';
import { VisitAttendance } from './visit-attendance';
import { VisitChecklist, useChecklist } from './visit-checklist';
import { VisitDelegation } from './visit-delegation';
import { VisitFormModal } from './visit-form';
import { VisitStatusMenu } from './visit-status-menu';

/** Attendance is marked while the visit is under way and afterwards. */
const ATTENDANCE_STATUSES: readonly VisitDetail['status'][] = ['in_progress', 'completed'];

/**
 * The parts of a visit's page an officer plans with: edit, status and delete; the delegation
 * and our side; the programme (passed in as `children`); attendance; and the logistics checklist.
 */
export function VisitPlan({ visit, onChanged, children }: { visit: VisitDetail; onChanged(): void; children?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const { checklist, reload: reloadChecklist } = useChecklist(visit.id, `${visit.updatedAt}|${visit.startDate}`);
  const deletion = useDeleteToTrash();

  const askDelete = () =>
    deletion.ask({
      channel: 'visits:delete',
      id: visit.id,
      name: pickText(visit.title, lang),
      doneKey: 'visitPlan.deleted',
      onDeleted: () => void navigate('/visits'),
      onRestored: (id) => void navigate(`/visits/${id}`),
    });

  return (
    <>
      <Paper withBorder radius="md" px="lg" py="sm">
        <Group justify="space-between">
          <Group gap="xs">
            {checklist && <ReadinessBadge readiness={checklist.readiness} />}
          </Group>
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('visitForm.edit')}
            </Button>
            <VisitStatusMenu visit={visit} onChanged={onChanged} />
            <Button variant="subtle" color="red" onClick={askDelete}>
              {t('visitPlan.deleteVisit')}
            </Button>
          </Group>
        </Group>
      </Paper>
      <VisitDelegation
        title={t('visit.delegation')}
        visitId={visit.id}
        side="guest"
        members={visit.members.filter((member) => member.side === 'guest')}
        onChanged={onChanged}
      />
      <VisitDelegation
        title={t('visit.hosts')}
        visitId={visit.id}
        side="host"
        members={visit.members.filter((member) => member.side === 'host')}
        onChanged={onChanged}
      />
      {children}
      {ATTENDANCE_STATUSES.includes(visit.status) && visit.events.length > 0 && <VisitAttendance visit={visit} onChanged={onChanged} />}
      {checklist && <VisitChecklist visitId={visit.id} startDate={visit.startDate} checklist={checklist} onChanged={reloadChecklist} />}
      <VisitFormModal
        opened={editing}
        visit={visit}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          onChanged();
        }}
      />
      {deletion.dialog}
    </>
  );
}
