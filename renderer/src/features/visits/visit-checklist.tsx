import { ActionIcon, Badge, Checkbox, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES, taskInput, type Checklist, type Task, type TaskStatus } from '../../../../domain/contract';
import { call } from '../../api';
import { pickText } from '../../i18n/pick-text';
import { showError } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { RecordSelect } from '../../components/record-picker';
import { AddTask } from './add-task';
import { ReadinessBadge } from './readiness-badge';

/** The checklist of a visit, reloaded after every change so readiness and "overdue" come from the server's clock. */
export function useChecklist(visitId: number, version: string) {
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  const reload = useCallback(() => {
    call('tasks:list', { visitId }).then(setChecklist).catch(showError);
  }, [visitId]);
  useEffect(reload, [reload, version]);
  return { checklist, reload };
}

export function VisitChecklist({ visitId, startDate, checklist, onChanged }: { visitId: number; startDate: string; checklist: Checklist; onChanged(): void }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const save = (task: Task, change: Parameters<typeof taskInput>[1]) => call('tasks:save', taskInput(task, change)).then(onChanged).catch(showError);
  const remove = (task: Task) => call('tasks:delete', { id: task.id }).then(onChanged).catch(showError);

  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="lg" c="navy.9">
          {t('checklist.title')}
        </Title>
        <Group gap="xs">
          {checklist.overdue > 0 && (
            <Badge color="red" variant="light" tt="none">
              {t('checklist.overdueCount', { count: checklist.overdue })}
            </Badge>
          )}
          <ReadinessBadge readiness={checklist.readiness} />
        </Group>
      </Group>
      {checklist.tasks.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          {t('checklist.empty')}
        </Text>
      ) : (
        <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1 }}>
          <Table layout="fixed" verticalSpacing={6} horizontalSpacing="md" withColumnBorders aria-label={t('checklist.title')} mb="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={100}>{t('checklist.done')}</Table.Th>
                <Table.Th>{t('checklist.task')}</Table.Th>
                <Table.Th w={230}>{t('checklist.owner')}</Table.Th>
                <Table.Th w={190}>{t('checklist.due')}</Table.Th>
                <Table.Th w={170}>{t('checklist.status')}</Table.Th>
                <Table.Th w={60} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checklist.tasks.map((task) => {
                const title = pickText(task.title, lang) || t(`taskKind.${task.kind}`);
                return (
                  <Table.Tr key={task.id} bg={task.overdue ? 'red.0' : undefined} data-overdue={task.overdue || undefined}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('checklist.markDone', { title })}
                        checked={task.status === 'done'}
                        onChange={(event) => void save(task, { status: event.currentTarget.checked ? 'done' : 'open' })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500} td={task.status === 'not_needed' ? 'line-through' : undefined}>
                        {title}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RecordSelect
                        kind="person"
                        size="xs"
                        aria-label={`${t('checklist.owner')}: ${title}`}
                        value={task.ownerPersonId ? String(task.ownerPersonId) : null}
                        onChange={(value) => void save(task, { ownerPersonId: value ? Number(value) : null })}
                        clearable
                      />
                    </Table.Td>
                    <Table.Td>
                      <DatePickerInput
                        size="xs"
                        aria-label={`${t('checklist.due')}: ${title}`}
                        value={task.dueDate}
                        valueFormat="DD.MM.YYYY"
                        onChange={(value) =>
                          value && void save(task, { dueOffsetDays: differenceInCalendarDays(parseISO(value), parseISO(startDate)) })
                        }
                        error={task.overdue ? t('checklist.overdue') : undefined}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={`${t('checklist.status')}: ${title}`}
                        data={TASK_STATUSES.map((status) => ({ value: status, label: t(`taskStatus.${status}`) }))}
                        value={task.status}
                        onChange={(value) => value && void save(task, { status: value as TaskStatus })}
                        allowDeselect={false}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" aria-label={t('checklist.delete', { title })} onClick={() => void remove(task)}>
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </DatesProvider>
      )}
      <AddTask visitId={visitId} onAdded={onChanged} />
    </Paper>
  );
}
