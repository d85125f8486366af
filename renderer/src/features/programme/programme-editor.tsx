// The programme of a visit on its page: the day-by-day timeline, the event form, the copy from an
// earlier visit, travel times, and the list of conflicts. Every write goes through useConflictSave.
import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict, ProtocolEvent, VisitDetail } from '../../../../domain/contract';
import { call } from '../../api';
import { zoneOffset } from '../../i18n/format';
import { pickText } from '../../i18n/pick-text';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { useDeleteToTrash } from '../../components/use-delete-to-trash';
import { ConflictLine, useConflictSentence } from './conflict-text';
import { CopyProgrammeModal } from './copy-programme';
import { EventFormModal } from './event-form';
import type { EventSaveInput } from './event-form-values';
import { anHourFrom, type PlannedTimes } from '../../../../domain/programme-time';
import { ProgrammeTimeline } from './programme-timeline';
import { TravelTimesEditor } from './travel-times';
import { useConflictSave } from './use-conflict-save';
import { SHORTCUT_KEYS } from '../../components/keyboard-shortcuts';
import { useCall } from '../../components/use-call';
import { SeatingPlanModal } from './seating-plan';

type Form = { event: ProtocolEvent | null; newAt: PlannedTimes } | null;

export function ProgrammeEditor({ visit }: { visit: VisitDetail }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [form, setForm] = useState<Form>(null);
  const [copying, setCopying] = useState(false);
  const [travelOpen, setTravelOpen] = useState(false);
  const [seatingOf, setSeatingOf] = useState<ProtocolEvent | null>(null);
  const { save, dialog } = useConflictSave(visit.timeZone, visit.id);
  const trash = useDeleteToTrash();
  const sentence = useConflictSentence(visit.timeZone, visit.id);

  // Asked again after every write; the visit page also hands down a new visit when its delegation
  // changes, which can change the conflicts. Either reloads the programme and its conflicts.
  const programme = useCall('events:list', { visitId: visit.id }, { version: visit });
  const found = useCall('visits:conflicts', { visitId: visit.id }, { version: visit });
  const events: ProtocolEvent[] = programme.data ?? visit.events;
  const conflicts: Conflict[] = found.data ?? [];
  const reload = () => {
    programme.reload();
    found.reload();
  };

  /** Runs a conflict-checked write; true once it is saved and the programme reloaded. A refusal is shown, and handed to `onRefused`. */
  const write = async <T,>(
    attempt: (acknowledged: string[]) => Promise<T>,
    acknowledged: string[],
    doneKey: string,
    { paramsOf, onRefused }: { paramsOf?: (result: T) => Record<string, number>; onRefused?: (error: unknown) => void } = {},
  ) => {
    try {
      const result = await save(attempt, acknowledged);
      if (result === null) return false;
      showSuccess(doneKey, paramsOf?.(result));
      reload();
      return true;
    } catch (error) {
      onRefused?.(error);
      showError(error);
      return false;
    }
  };

  const saveEvent = (input: EventSaveInput, onRefused: (error: unknown) => void) =>
    write((acknowledgedConflicts) => call('events:save', { ...input, acknowledgedConflicts }), input.acknowledgedConflicts ?? [], 'programme.saved', {
      onRefused,
    });
  const moveEvent = (event: ProtocolEvent, startsAt: string, endsAt: string) =>
    write((acknowledgedConflicts) => call('events:move', { id: event.id, startsAt, endsAt, acknowledgedConflicts }), event.acknowledgedConflicts, 'programme.moved');
  const duplicate = (event: ProtocolEvent) =>
    write((acknowledgedConflicts) => call('events:duplicate', { id: event.id, acknowledgedConflicts }), [], 'programme.duplicated').then(
      (done) => done && setForm(null),
    );
  const copyFrom = (fromVisitId: number) =>
    write(
      (acknowledgedConflicts) => call('events:copyProgramme', { visitId: visit.id, fromVisitId, acknowledgedConflicts }),
      [],
      'programme.copied',
      { paramsOf: (copied) => ({ count: copied.length }) },
    );
  const remove = (event: ProtocolEvent) =>
    trash.ask({ channel: 'events:delete', id: event.id, name: pickText(event.title, lang), doneKey: 'programme.deleted', onDeleted: () => {
      setForm(null);
      reload();
    }, onRestored: reload });

  const titleOf = (id: number | null) => pickText(events.find((event) => event.id === id)?.title, lang);
  // Where "Add event" puts a new event until the officer picks a time.
  const firstMorning = anHourFrom(visit.startDate, '10:00', visit.timeZone);
  const openEvent = (id: number | null) => {
    const event = events.find((candidate) => candidate.id === id);
    if (event) setForm({ event, newAt: firstMorning });
  };
  const zone = zoneOffset(visit.timeZone, events[0]?.startsAt ?? `${visit.startDate}T12:00:00Z`);

  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="sm">
        <Stack gap={0}>
          <Title order={3} fz="lg" c="navy.9">{t('programme.title')}</Title>
          <Text size="xs" c="dimmed">{t('programme.timesIn', { zone })}</Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" onClick={() => setTravelOpen(true)}>{t('programme.travelTimes')}</Button>
          <Button variant="default" onClick={() => setCopying(true)}>{t('programme.copyFromVisit')}</Button>
          <Button data-testid="programme-add-event" onClick={() => setForm({ event: null, newAt: firstMorning })} aria-keyshortcuts={SHORTCUT_KEYS.newEvent}>
            {t('programme.addEvent')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">{events.length === 0 ? t('programme.empty') : t('programme.dragHint')}</Text>
      <ProgrammeTimeline
        visit={visit}
        events={events}
        conflicts={conflicts}
        onOpen={(event) => openEvent(event.id)}
        onMove={moveEvent}
        onPickTime={(day, time) => setForm({ event: null, newAt: anHourFrom(day, time, visit.timeZone) })}
      />
      <Stack gap="xs" mt="lg" data-testid="programme-conflicts" aria-label={t('programme.conflicts.title')} role="region">
        <Title order={4} fz="md">{t('programme.conflicts.title')}</Title>
        {conflicts.length === 0 && <Text size="sm" c="dimmed">{t('programme.conflicts.none')}</Text>}
        {conflicts.map((conflict) => (
          <ConflictLine
            key={`${conflict.eventId}:${conflict.key}`}
            conflict={conflict}
            sentence={sentence(conflict)}
            eventTitle={titleOf(conflict.eventId)}
            onOpen={() => openEvent(conflict.eventId)}
          />
        ))}
      </Stack>
      <EventFormModal
        opened={form !== null}
        visit={visit}
        event={form?.event ?? null}
        newAt={form?.newAt ?? firstMorning}
        onClose={() => setForm(null)}
        onSave={saveEvent}
        onDuplicate={duplicate}
        onDelete={remove}
        onSeating={setSeatingOf}
      />
      <SeatingPlanModal event={seatingOf} onClose={() => setSeatingOf(null)} />
      <CopyProgrammeModal opened={copying} visitId={visit.id} onClose={() => setCopying(false)} onCopy={(fromVisitId) => copyFrom(fromVisitId).then((done) => done && setCopying(false))} />
      <Modal opened={travelOpen} onClose={() => setTravelOpen(false)} title={t('programme.travel.title')} size="lg">
        {travelOpen && <TravelTimesEditor onChanged={reload} />}
      </Modal>
      {dialog}
      {trash.dialog}
    </Paper>
  );
}
