import { Button, Checkbox, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import { useMemo } from 'react';
import { Controller, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES, type ProtocolEvent, type VisitDetail } from '../../../../domain/contract';
import { fieldErrorText } from '../../components/form-errors';
import { useContractForm } from '../../components/use-contract-form';
import { TranslatedTextFields } from '../../components/translated-text-fields';
import { pickText } from '../../i18n/pick-text';
import { useReadOnly } from '../../store/office-store';
import { useSettings } from '../../store/settings-store';
import { memberChoices } from '../../components/record-choices';
import { RecordSelect } from '../../components/record-picker';
import { EventFormSchema, formFieldOf, formValuesOf, saveInputOf, type EventFormValues, type EventSaveInput } from './event-form-values';
import type { PlannedTimes } from '../../../../domain/programme-time';
import { useVenueOptions } from './use-venues';
import { FormModal, useUnsavedChanges } from '../../components/form-modal';

interface Props {
  visit: VisitDetail;
  /** The event to edit, or null for a new one. */
  event: ProtocolEvent | null;
  /** Where a new event goes: the time picked on the timeline, or a default hour. */
  newAt: PlannedTimes;
  opened: boolean;
  onClose(): void;
  /** Saves through the conflict check; resolves true once saved. A refusal is also handed to `onRefused`. */
  onSave(input: EventSaveInput, onRefused: (error: unknown) => void): Promise<boolean>;
  onDuplicate(event: ProtocolEvent): void;
  onDelete(event: ProtocolEvent): void;
  /** Shows the event's seating plan. */
  onSeating(event: ProtocolEvent): void;
}

export function EventFormModal({ opened, event, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size={900} title={t(event ? 'programme.form.editTitle' : 'programme.form.createTitle')}>
      {opened && <EventForm event={event} onClose={onClose} {...rest} />}
    </FormModal>
  );
}

function EventForm({ visit, event, newAt, onClose, onSave, onDuplicate, onDelete, onSeating }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const lang = useSettings((state) => state.language);
  const venues = useVenueOptions();
  // The officer answering for an event is most often one of our people on the visit.
  const hosts = useMemo(() => memberChoices(visit.members.filter((member) => member.side === 'host')), [visit.members]);
  const { control, register, formState, formRef, submit, showIssues } = useContractForm({
    schema: EventFormSchema,
    defaultValues: formValuesOf(visit, event, newAt),
    fieldOf: formFieldOf,
  });
  const fieldError = (path: FieldPath<EventFormValues>) => fieldErrorText(formState.errors, path, t);
  const requestClose = useUnsavedChanges(formState.isDirty);
  const members = (side: 'guest' | 'host') =>
    visit.members.filter((member) => member.side === side).map((member) => ({ value: String(member.personId), label: pickText(member.name, lang) }));
  // People on the event who are not on this visit's lists (e.g. copied from a template) stay on it.
  const listed = new Set(visit.members.map((member) => member.personId));
  const others = event?.participants.map((participant) => participant.personId).filter((id) => !listed.has(id)) ?? [];

  // The programme shows a refusal as a notice (and its conflicts in their dialog) and hands it back for the fields.
  const save = submit(async (values) => {
    if (await onSave(saveInputOf(values, visit, event, others), showIssues)) onClose();
  });
  // The end is judged against the start and "ends the next day"; changing either judges it again.
  const judgesEnd = { deps: 'ends' } as const;

  // Each is printed in the programme or the run sheet, so each shows which translations are missing.
  const translatedFields = (name: 'title' | 'dressCode' | 'transport' | 'interpreter' | 'notes', labelKey: string) => (
    <Controller control={control} name={name} render={({ field }) => (
      <TranslatedTextFields value={field.value} onChange={field.onChange} labelKey={labelKey} multiline={name === 'notes'}
        error={name === 'title' ? fieldError('title') : undefined} />
    )} />
  );

  return (
    <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1 }}>
      <form ref={formRef} onSubmit={(submitEvent) => void save(submitEvent)} noValidate aria-label={t('programme.form.label')}>
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <SimpleGrid cols={4}>
                <Controller control={control} name="type" render={({ field }) => (
                  <Select label={t('programme.form.type')} data={EVENT_TYPES.map((type) => ({ value: type, label: t(`eventType.${type}`) }))}
                    value={field.value} onChange={(value) => value && field.onChange(value)} allowDeselect={false} />
                )} />
                <Controller control={control} name="day" render={({ field }) => (
                  <DatePickerInput label={t('programme.form.day')} value={field.value || null} onChange={(value) => field.onChange(value ?? '')}
                    valueFormat="DD.MM.YYYY" error={fieldError('day')} />
                )} />
                {/* Plain text, not <input type=time>: that shows "02:00 PM" on an English-language PC. */}
                <TextInput label={t('programme.form.starts')} placeholder="09:30" maxLength={5} {...register('starts', judgesEnd)} error={fieldError('starts')} />
                <TextInput label={t('programme.form.ends')} placeholder="10:30" maxLength={5} {...register('ends')} error={fieldError('ends')} />
              </SimpleGrid>
              {/* Under the end field, on one line in every language. */}
              <Group justify="flex-end" mt={-4}>
                <Checkbox size="xs" label={t('programme.form.endsNextDay')} {...register('endsNextDay', judgesEnd)} />
              </Group>
              {translatedFields('title', 'programme.form.titleIn')}
              <SimpleGrid cols={2}>
                <Controller control={control} name="venueId" render={({ field }) => (
                  <Select label={t('programme.form.venue')} placeholder={t('programme.form.venuePlaceholder')} data={venues} searchable clearable
                    value={field.value === null ? null : String(field.value)} onChange={(value) => field.onChange(value ? Number(value) : null)}
                    error={fieldError('venueId')} />
                )} />
                <Controller control={control} name="responsibleOfficerId" render={({ field }) => (
                  <RecordSelect kind="person" suggested={hosts} label={t('programme.form.responsibleOfficer')} clearable
                    value={field.value === null ? null : String(field.value)} onChange={(value) => field.onChange(value ? Number(value) : null)}
                    error={fieldError('responsibleOfficerId')} />
                )} />
                {(['guestIds', 'hostIds'] as const).map((name) => (
                  <Controller key={name} control={control} name={name} render={({ field }) => (
                    <MultiSelect label={t(name === 'guestIds' ? 'programme.form.guests' : 'programme.form.hosts')}
                      placeholder={t('programme.form.participantsPlaceholder')} data={members(name === 'guestIds' ? 'guest' : 'host')}
                      value={field.value.map(String)} onChange={(values) => field.onChange(values.map(Number))} searchable error={fieldError(name)} />
                  )} />
                ))}
              </SimpleGrid>
              {translatedFields('notes', 'programme.form.notesIn')}
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={4} fz="sm" mb="xs">{t('programme.form.texts')}</Title>
            <Stack gap="sm">
              {translatedFields('dressCode', 'programme.form.dressCodeIn')}
              {translatedFields('transport', 'programme.form.transportIn')}
              {translatedFields('interpreter', 'programme.form.interpreterIn')}
            </Stack>
          </Paper>
          {others.length > 0 && <Text size="xs" c="dimmed">{event?.participants.filter((p) => others.includes(p.personId)).map((p) => pickText(p.name, lang)).join(', ')}</Text>}
          <Group justify="flex-end" gap="xs">
            {event && <Button variant="light" onClick={() => onSeating(event)}>{t('seating.open')}</Button>}
            {event && <Button variant="light" onClick={() => onDuplicate(event)}>{t('programme.duplicate')}</Button>}
            {event && <Button variant="light" color="red" onClick={() => onDelete(event)}>{t('programme.delete')}</Button>}
            <Button variant="default" onClick={requestClose}>{t('programme.form.cancel')}</Button>
            <Button type="submit" loading={formState.isSubmitting} disabled={readOnly}>{t('programme.form.save')}</Button>
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
