import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_KINDS, type TaskKind } from '../../../../domain/contract';
import { call } from '../../api';
import { showError } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';

/** A task beyond the standard checklist; its title is kept in the language it was typed in. */
export function AddTask({ visitId, onAdded }: { visitId: number; onAdded(): void }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TaskKind>('other');
  const [days, setDays] = useState<number>(-7);

  const add = () =>
    call('tasks:save', {
      visitId,
      kind,
      title: { az: null, ru: null, en: null, [lang]: title },
      ownerPersonId: null,
      dueOffsetDays: days,
      status: 'open',
      notes: null,
    })
      .then(() => {
        setTitle('');
        onAdded();
      })
      .catch(showError);

  return (
    <Group align="flex-end" gap="sm">
      <TextInput label={t('checklist.newTaskTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} w={320} />
      <Select
        label={t('checklist.newTaskKind')}
        data={TASK_KINDS.map((value) => ({ value, label: t(`taskKind.${value}`) }))}
        value={kind}
        onChange={(value) => value && setKind(value as TaskKind)}
        allowDeselect={false}
        w={200}
      />
      <NumberInput
        label={t('checklist.due')}
        description={t('checklist.dueHint', { days })}
        value={days}
        onChange={(value) => setDays(typeof value === 'number' ? value : 0)}
        min={-365}
        max={365}
        w={150}
      />
      <Button variant="light" onClick={() => void add()} disabled={title.trim() === ''}>
        {t('checklist.addTask')}
      </Button>
    </Group>
  );
}
