import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Button, Group, Paper, Select, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, type VisitMember } from '../../../../domain/contract';
import { standingOf, type PrecedenceRules } from '../../../../domain/precedence';
import { call } from '../../api';
import { useCall } from '../../components/use-call';
import { pickText } from '../../i18n/pick-text';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { AddMember } from './add-member';
import { eventsWith, RemoveMemberDialog, type MemberRemoval } from './remove-member-dialog';
import { precedenceReason } from './precedence-reason';
import { ReorderReasonDialog } from './reorder-reason-dialog';

interface Props {
  title: string;
  visitId: number;
  side: VisitMember['side'];
  /** This side's members, in the order the backend keeps (precedence, then the officer's own order). */
  members: VisitMember[];
  onChanged(): void;
}

/**
 * One side of a visit: put in the order of precedence, or reorder by dragging (or with the
 * keyboard) giving a reason; change a role, remove, add.
 */
export function VisitDelegation({ title, visitId, side, members, onChanged }: Props) {
  const { t } = useTranslation();
  // The dragged order shows at once; it gives way as soon as the reloaded members arrive.
  const [dragged, setDragged] = useState<{ from: VisitMember[]; order: VisitMember[] } | null>(null);
  const [removal, setRemoval] = useState<MemberRemoval | null>(null);
  // A dragged order waits for its reason; cancelling puts the list back.
  const [unsaved, setUnsaved] = useState<VisitMember[] | null>(null);
  const [ordering, setOrdering] = useState(false);
  const order = dragged?.from === members ? dragged.order : members;
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const settings = useCall('settings:get', {}).data;
  const rules = settings && { table: settings.precedenceTable, guestsFirstAtEqualRank: settings.guestsFirstAtEqualRank };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const moved = arrayMove(order, order.findIndex((m) => m.id === active.id), order.findIndex((m) => m.id === over.id));
    setDragged({ from: members, order: moved });
    setUnsaved(moved);
  };

  const cancelReorder = () => {
    setUnsaved(null);
    setDragged(null);
  };

  const saveReorder = (reason: string | null) =>
    call('visitMembers:reorder', { visitId, side, memberIds: (unsaved ?? []).map((member) => member.id), reason })
      .then(() => {
        setUnsaved(null);
        showSuccess('visitPlan.reordered');
        onChanged();
      })
      .catch((error: unknown) => {
        cancelReorder();
        showError(error);
      });

  const orderByPrecedence = () => {
    setOrdering(true);
    call('visitMembers:orderByPrecedence', { visitId, side })
      .then(() => {
        showSuccess('visitPlan.orderedByPrecedence');
        onChanged();
      })
      .catch(showError)
      .finally(() => setOrdering(false));
  };

  // The programme as it is now, not as the page last loaded it: it may have been edited since.
  const askRemove = (member: VisitMember) =>
    call('events:list', { visitId })
      .then((events) => setRemoval({ member, events: eventsWith(events, member.personId) }))
      .catch(showError);

  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="lg" c="navy.9">
          {title}
        </Title>
        <Button
          variant="light"
          size="xs"
          onClick={orderByPrecedence}
          loading={ordering}
          disabled={order.length < 2}
          data-testid={`order-by-precedence-${side}`}
        >
          {t('visitPlan.orderByPrecedence')}
        </Button>
      </Group>
      {order.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          {t('visit.noMembers')}
        </Text>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <Table layout="fixed" verticalSpacing={6} aria-label={title} mb="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} />
                <Table.Th w={72}>{t('visit.member.order')}</Table.Th>
                <Table.Th w="24%">{t('visit.member.name')}</Table.Th>
                <Table.Th w="16%">{t('visit.member.rank')}</Table.Th>
                <Table.Th>{t('visit.member.position')}</Table.Th>
                <Table.Th w={220}>{t('visit.member.role')}</Table.Th>
                <Table.Th w={44} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <SortableContext items={order.map((member) => member.id)} strategy={verticalListSortingStrategy}>
                {order.map((member, index) => (
                  <MemberRow key={member.id} member={member} position={index + 1} rules={rules} onChanged={onChanged} onRemove={askRemove} />
                ))}
              </SortableContext>
            </Table.Tbody>
          </Table>
        </DndContext>
      )}
      <AddMember visitId={visitId} side={side} onAdded={onChanged} />
      <RemoveMemberDialog removal={removal} onCancel={() => setRemoval(null)} onChanged={onChanged} />
      <ReorderReasonDialog opened={unsaved !== null} onCancel={cancelReorder} onConfirm={saveReorder} />
    </Paper>
  );
}

interface RowProps {
  member: VisitMember;
  position: number;
  /** The office's ranking table; null until the settings have been read. */
  rules: PrecedenceRules | null;
  onChanged(): void;
  onRemove(member: VisitMember): void;
}

function MemberRow({ member, position, rules, onChanged, onRemove }: RowProps) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const name = pickText(member.name, lang);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: member.id });

  const changeRole = (role: VisitMember['role']) =>
    call('visitMembers:save', { id: member.id, visitId: member.visitId, personId: member.personId, side: member.side, role })
      .then(onChanged)
      .catch(showError);

  return (
    <Table.Tr
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition, background: isDragging ? 'var(--mantine-color-navy-0)' : undefined }}
    >
      <Table.Td>
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          aria-label={t('visitPlan.dragHandle', { name })}
          style={{ cursor: 'grab' }}
          {...attributes}
          {...listeners}
        >
          ⠿
        </ActionIcon>
      </Table.Td>
      <Table.Td c="dimmed">
        <Group gap={4} wrap="nowrap">
          {position}
          {rules && (
            <Tooltip label={precedenceReason(standingOf(member, rules), { t, lang })} multiline maw={360} withArrow events={{ hover: true, focus: true, touch: true }}>
              <ActionIcon variant="outline" color="gray" size={18} radius="xl" aria-label={t('visitPlan.standing.why', { name })} data-testid="member-standing">
                <Text span fz={11} fw={700} ff="serif" fs="italic" lh={1}>
                  i
                </Text>
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
      <Table.Td fw={500}>{pickText(member.listedName, lang)}</Table.Td>
      <Table.Td>{pickText(member.rank, lang) || t('common.notGiven')}</Table.Td>
      <Table.Td>{pickText(member.position, lang)}</Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label={`${t('visitPlan.role')}: ${name}`}
          data={MEMBER_ROLES.map((role) => ({ value: role, label: t(`memberRole.${role}`) }))}
          value={member.role}
          onChange={(role) => role && void changeRole(role as VisitMember['role'])}
          allowDeselect={false}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon variant="subtle" color="red" aria-label={t('visitPlan.remove', { name })} onClick={() => onRemove(member)}>
          ✕
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
