import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EVENT_TYPES, EventType, LANGUAGES, type ChannelInput, type ProtocolEvent, type VisitDetail } from '../../../../electron/contract';
import { LANGUAGE_ENDONYMS } from '../../i18n';
import { pickText } from '../../i18n/pick-text';
import { useReadOnly } from '../../store/office-store';
import { useSettings } from '../../store/settings-store';
import { named, useOptions } from '../agreements/use-options';
import { instantToWall, nextDay, wallToInstant } from './programme-time';
import { useVenueOptions } from './use-venues';

const Text3 = z.object({ az: z.string(), ru: z.string(), en: z.string() });
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const FormSchema = z
  .object({
    type: EventType,
    title: Text3.refine((text) => Object.values(text).some((value) => value.trim() !== ''), { message: 'validation.atLeastOneLanguage' }),
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.invalid_format' }),
    starts: z.string().regex(CLOCK, { message: 'validation.invalid_format' }),
    ends: z.string().regex(CLOCK, { message: 'validation.invalid_format' }),
    venueId: z.number().nullable(),
    guestIds: z.array(z.number()),
    hostIds: z.array(z.number()),
    dressCode: Text3,
    transport: Text3,
    interpreter: Text3,
    responsibleOfficerId: z.number().nullable(),
    notes: z.string(),
  })
  .refine((values) => values.ends !== values.starts, { path: ['ends'], message: 'validation.endBeforeStart' });
type FormValues = z.infer<typeof FormSchema>;
export type EventSaveInput = ChannelInput<'events:save'>;

const blank = { az: '', ru: '', en: '' };
const filled = (text: { az: string | null; ru: string | null; en: string | null }) => ({ az: text.az ?? '', ru: text.ru ?? '', en: text.en ?? '' });

/** Where a new event starts when the officer has not picked a time: 10:00 on the given day. */
export interface NewEventAt {
  day: string;
  starts: string;
  ends: string;
}

function defaults(visit: VisitDetail, event: ProtocolEvent | null, at: NewEventAt): FormValues {
  const sideOf = (personId: number) => visit.members.find((member) => member.personId === personId)?.side;
  if (!event) {
    return { type: 'other', title: blank, ...at, venueId: null, guestIds: [], hostIds: [], dressCode: blank, transport: blank, interpreter: blank,
      responsibleOfficerId: visit.responsibleOfficerId, notes: '' };
  }
  const start = instantToWall(event.startsAt, visit.timeZone);
  const ids = event.participants.map((participant) => participant.personId);
  return {
    type: event.type,
    title: filled(event.title),
    day: start.day,
    starts: start.time,
    ends: instantToWall(event.endsAt, visit.timeZone).time,
    venueId: event.venueId,
    guestIds: ids.filter((id) => sideOf(id) === 'guest'),
    hostIds: ids.filter((id) => sideOf(id) !== 'guest'),
    dressCode: filled(event.dressCode),
    transport: filled(event.transport),
    interpreter: filled(event.interpreter),
    responsibleOfficerId: event.responsibleOfficerId,
    notes: event.notes ?? '',
  };
}

interface Props {
  visit: VisitDetail;
  /** The event to edit, or null for a new one. */
  event: ProtocolEvent | null;
  newAt: NewEventAt;
  opened: boolean;
  onClose(): void;
  /** Saves through the conflict check; resolves true once saved. */
  onSave(input: EventSaveInput): Promise<boolean>;
  onDuplicate(event: ProtocolEvent): void;
  onDelete(event: ProtocolEvent): void;
}

export function EventFormModal({ opened, event, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size={900} title={t(event ? 'programme.form.editTitle' : 'programme.form.createTitle')}>
      {opened && <EventForm event={event} onClose={onClose} {...rest} />}
    </Modal>
  );
}

function EventForm({ visit, event, newAt, onClose, onSave, onDuplicate, onDelete }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const lang = useSettings((state) => state.language);
  const venues = useVenueOptions();
  const people = useOptions('people:list', named);
  const { control, register, handleSubmit, formState } = useForm<FormValues>({
    resolver: zodResolver(FormSchema),
    defaultValues: defaults(visit, event, newAt),
  });
  const message = (error?: { message?: string }) => (error?.message ? t(`errors.${error.message}`) : undefined);
  const members = (side: 'guest' | 'host') =>
    visit.members.filter((member) => member.side === side).map((member) => ({ value: String(member.personId), label: pickText(member.name, lang) }));
  // People on the event who are not on this visit's lists (e.g. copied from a template) stay on it.
  const listed = new Set(visit.members.map((member) => member.personId));
  const others = event?.participants.map((participant) => participant.personId).filter((id) => !listed.has(id)) ?? [];
  const [starts, ends] = useWatch({ control, name: ['starts', 'ends'] });

  const submit = handleSubmit(async (values) => {
    const endDay = values.ends < values.starts ? nextDay(values.day) : values.day;
    const saved = await onSave({
      ...(event && { id: event.id }),
      visitId: visit.id,
      type: values.type,
      title: values.title,
      startsAt: wallToInstant(values.day, values.starts, visit.timeZone),
      endsAt: wallToInstant(endDay, values.ends, visit.timeZone),
      timeZone: visit.timeZone,
      venueId: values.venueId,
      dressCode: values.dressCode,
      transport: values.transport,
      interpreter: values.interpreter,
      responsibleOfficerId: values.responsibleOfficerId,
      notes: values.notes,
      participantIds: [...values.guestIds, ...values.hostIds, ...others],
      acknowledgedConflicts: event?.acknowledgedConflicts ?? [],
    });
    if (saved) onClose();
  });

  const localizedFields = (name: 'title' | 'dressCode' | 'transport' | 'interpreter', labelKey: string) =>
    LANGUAGES.map((language) => (
      <TextInput
        key={`${name}.${language}`}
        label={t(labelKey, { lang: LANGUAGE_ENDONYMS[language] })}
        {...register(`${name}.${language}`)}
        error={name === 'title' && language === 'az' ? message(formState.errors.title) : undefined}
      />
    ));

  return (
    <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1 }}>
      <form onSubmit={(submitEvent) => void submit(submitEvent)} noValidate aria-label={t('programme.form.label')}>
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
                    valueFormat="DD.MM.YYYY" error={message(formState.errors.day)} />
                )} />
                {/* Plain text, not <input type=time>: that shows "02:00 PM" on an English-language PC. */}
                <TextInput label={t('programme.form.starts')} placeholder="09:30" maxLength={5} {...register('starts')} error={message(formState.errors.starts)} />
                <TextInput label={t('programme.form.ends')} placeholder="10:30" maxLength={5} {...register('ends')} error={message(formState.errors.ends)}
                  description={ends && starts && ends < starts ? t('programme.form.endsNextDay') : undefined} />
              </SimpleGrid>
              <SimpleGrid cols={3}>{localizedFields('title', 'programme.form.titleIn')}</SimpleGrid>
              <SimpleGrid cols={2}>
                <Controller control={control} name="venueId" render={({ field }) => (
                  <Select label={t('programme.form.venue')} placeholder={t('programme.form.venuePlaceholder')} data={venues} searchable clearable
                    value={field.value === null ? null : String(field.value)} onChange={(value) => field.onChange(value ? Number(value) : null)} />
                )} />
                <Controller control={control} name="responsibleOfficerId" render={({ field }) => (
                  <Select label={t('programme.form.responsibleOfficer')} data={people.options} searchable clearable
                    value={field.value === null ? null : String(field.value)} onChange={(value) => field.onChange(value ? Number(value) : null)} />
                )} />
                {(['guestIds', 'hostIds'] as const).map((name) => (
                  <Controller key={name} control={control} name={name} render={({ field }) => (
                    <MultiSelect label={t(name === 'guestIds' ? 'programme.form.guests' : 'programme.form.hosts')}
                      placeholder={t('programme.form.participantsPlaceholder')} data={members(name === 'guestIds' ? 'guest' : 'host')}
                      value={field.value.map(String)} onChange={(values) => field.onChange(values.map(Number))} searchable />
                  )} />
                ))}
              </SimpleGrid>
              <Textarea label={t('programme.form.notes')} autosize minRows={1} {...register('notes')} />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={4} fz="sm" mb="xs">{t('programme.form.texts')}</Title>
            <SimpleGrid cols={3}>
              {localizedFields('dressCode', 'programme.form.dressCodeIn')}
              {localizedFields('transport', 'programme.form.transportIn')}
              {localizedFields('interpreter', 'programme.form.interpreterIn')}
            </SimpleGrid>
          </Paper>
          {others.length > 0 && <Text size="xs" c="dimmed">{event?.participants.filter((p) => others.includes(p.personId)).map((p) => pickText(p.name, lang)).join(', ')}</Text>}
          <Group justify="flex-end" gap="xs">
            {event && <Button variant="light" onClick={() => onDuplicate(event)}>{t('programme.duplicate')}</Button>}
            {event && <Button variant="light" color="red" onClick={() => onDelete(event)}>{t('programme.delete')}</Button>}
            <Button variant="default" onClick={onClose}>{t('programme.form.cancel')}</Button>
            <Button type="submit" loading={formState.isSubmitting} disabled={readOnly}>{t('programme.form.save')}</Button>
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
