import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, ActivityInput, LANGUAGES, type Activity, type ChannelInput } from '../../../../domain/contract';
import { call } from '../../api';
import { formatDate, formatDateRange } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { fieldErrorText } from '../../components/form-errors';
import { useContractForm } from '../../components/use-contract-form';
import { checkedByContract } from '../../components/contract-check';
import { useCall } from '../../components/use-call';
import { FormModal, useUnsavedChanges } from '../../components/form-modal';
import { showError, showSuccess } from '../../store/notices-store';
import { useReadOnly } from '../../store/office-store';
import { useSettings } from '../../store/settings-store';
import { DateField } from './date-field';

const STATUS_COLORS: Record<Activity['status'], string> = { planned: 'gray', in_progress: 'blue', done: 'green', cancelled: 'red' };
/** The form holds texts and dates as its inputs do ('' for none); the rules are activities:save's own. */
const activityValues = z.object({
  kind: ActivityInput.shape.kind,
  status: ActivityInput.shape.status,
  title: z.object({ az: z.string(), ru: z.string(), en: z.string() }),
  responsibleOurs: z.string(),
  responsiblePartner: z.string(),
  dueFrom: z.string(),
  dueTo: z.string(),
});
type ActivityValues = z.infer<typeof activityValues>;

function activityInput(values: ActivityValues, agreementId: number, activity: Activity | null): ChannelInput<'activities:save'> {
  return { ...(activity ? { id: activity.id } : {}), agreementId, ...values, dueFrom: values.dueFrom || null, dueTo: values.dueTo || null };
}

const activitySchema = (agreementId: number) =>
  activityValues.superRefine(checkedByContract(ActivityInput, (values: ActivityValues) => activityInput(values, agreementId, null)));

export function dueText(activity: { dueFrom: string | null; dueTo: string | null }, lang: Parameters<typeof formatDate>[1]): string {
  if (activity.dueFrom && activity.dueTo) return formatDateRange(activity.dueFrom, activity.dueTo, lang);
  return formatDate(activity.dueTo ?? activity.dueFrom, lang);
}

/** A plan's activities with who answers for each on both sides, and their status. */
export function ActivitiesPanel({ agreementId, onChanged }: { agreementId: number; onChanged(): void }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const list = useCall('activities:list', { agreementId });
  const activities = list.data ?? [];
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button size="sm" onClick={() => setEditing('new')}>
          {t('activities.add')}
        </Button>
      </Group>
      <Paper withBorder radius="md">
        {activities.length === 0 ? (
          <Text c="dimmed" p="lg" ta="center">
            {t('activities.empty')}
          </Text>
        ) : (
          <Table striped highlightOnHover verticalSpacing={6} aria-label={t('activities.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.columns.title')}</Table.Th>
                <Table.Th>{t('activities.columns.kind')}</Table.Th>
                <Table.Th>{t('activities.columns.responsibleOurs')}</Table.Th>
                <Table.Th>{t('activities.columns.responsiblePartner')}</Table.Th>
                <Table.Th>{t('activities.columns.due')}</Table.Th>
                <Table.Th>{t('activities.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.map((activity) => (
                <Table.Tr key={activity.id} onClick={() => setEditing(activity)} style={{ cursor: 'pointer' }}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {pickText(activity.title, lang)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`activityKind.${activity.kind}`)}</Table.Td>
                  <Table.Td>{activity.responsibleOurs ?? t('common.notGiven')}</Table.Td>
                  <Table.Td>{activity.responsiblePartner ?? t('common.notGiven')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {dueText(activity, lang) || t('common.notGiven')}
                    {activity.overdue && (
                      <Badge color="red" variant="light" size="xs" ml={6} tt="none">
                        {t('activities.overdue')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[activity.status]} variant="light" radius="sm" tt="none" miw="max-content">
                      {t(`activityStatus.${activity.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={t(editing === 'new' ? 'activities.add' : 'activities.edit')} size="lg">
        {editing !== null && (
          <ActivityForm
            agreementId={agreementId}
            activity={editing === 'new' ? null : editing}
            onDone={() => {
              setEditing(null);
              list.reload();
              onChanged();
            }}
          />
        )}
      </FormModal>
    </Stack>
  );
}

function ActivityForm({ agreementId, activity, onDone }: { agreementId: number; activity: Activity | null; onDone(): void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const { control, register, formState, formRef, submit } = useContractForm<ActivityValues>({
    schema: activitySchema(agreementId),
    defaultValues: {
      kind: activity?.kind ?? 'experience_exchange',
      status: activity?.status ?? 'planned',
      title: { az: activity?.title.az ?? '', ru: activity?.title.ru ?? '', en: activity?.title.en ?? '' },
      responsibleOurs: activity?.responsibleOurs ?? '',
      responsiblePartner: activity?.responsiblePartner ?? '',
      dueFrom: activity?.dueFrom ?? '',
      dueTo: activity?.dueTo ?? '',
    },
  });
  const error = (path: string) => fieldErrorText(formState.errors, path, t);
  const requestClose = useUnsavedChanges(formState.isDirty);
  const save = submit(async (values) => {
    await call('activities:save', activityInput(values, agreementId, activity));
    showSuccess('activities.saved');
    onDone();
  });
  const remove = () =>
    activity &&
    call('activities:delete', { id: activity.id })
      .then(onDone)
      .catch(showError);
  return (
    <form ref={formRef} onSubmit={(event) => void save(event)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('activities.columns.kind')}
                data={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activityKind.${kind}`) }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
              />
            )}
          />
          <Controller
            control={control}
            name="status"
            render={({ field }) => (
              <Select
                label={t('activities.columns.status')}
                data={ACTIVITY_STATUSES.map((status) => ({ value: status, label: t(`activityStatus.${status}`) }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
              />
            )}
          />
        </SimpleGrid>
        {LANGUAGES.map((lang) => (
          <Textarea
            key={lang}
            label={t(`agreement.titleIn.${lang}`)}
            autosize
            minRows={1}
            {...register(`title.${lang}`)}
            error={lang === 'az' ? error('title') : undefined}
          />
        ))}
        <SimpleGrid cols={2}>
          <TextInput label={t('activities.columns.responsibleOurs')} {...register('responsibleOurs')} />
          <TextInput label={t('activities.columns.responsiblePartner')} {...register('responsiblePartner')} />
          <DateField control={control} name="dueFrom" label={t('activities.dueFrom')} error={error('dueFrom')} />
          <DateField control={control} name="dueTo" label={t('activities.dueTo')} error={error('dueTo')} />
        </SimpleGrid>
        <Group justify="space-between">
          {activity ? (
            <Button variant="subtle" color="red" onClick={() => void remove()}>
              {t('activities.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={requestClose}>
              {t('activities.cancel')}
            </Button>
            <Button type="submit" loading={formState.isSubmitting} disabled={readOnly}>
              {t('activities.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
