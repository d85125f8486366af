// What the event form edits, and how it turns into the save channel's input and back. The form
// plans times on the host city's clock (a day, a start, an end, "ends the next day"); only
// programme-time converts them to the instants the channel takes.
import { z } from 'zod';
import { ProtocolEventInput, type ChannelInput, type ProtocolEvent, type VisitDetail } from '../../../../domain/contract';
import { endsBeforeStart, plannedInstants, plannedTimesOf, type PlannedTimes } from '../../../../domain/programme-time';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const Times = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.invalid_format' }),
  starts: z.string().regex(CLOCK, { message: 'validation.invalid_format' }),
  ends: z.string().regex(CLOCK, { message: 'validation.invalid_format' }),
  endsNextDay: z.boolean(),
});

// Every field but the times is the save channel's own, with its limits and messages; the channel's
// one list of participants is two here, each held to the same rule.
const { shape } = ProtocolEventInput;
export const EventFormSchema = Times.extend({
  type: shape.type,
  title: shape.title,
  venueId: shape.venueId,
  guestIds: shape.participantIds,
  hostIds: shape.participantIds,
  dressCode: shape.dressCode,
  transport: shape.transport,
  interpreter: shape.interpreter,
  responsibleOfficerId: shape.responsibleOfficerId,
  notes: shape.notes,
}).refine((values) => !endsBeforeStart(values), {
  path: ['ends'],
  message: 'validation.endBeforeStart',
  // Judged as soon as the times are readable, even while another field (the title) is still wrong.
  when: (payload) => Times.safeParse(payload.value).success,
});
export type EventFormValues = z.infer<typeof EventFormSchema>;
export type EventSaveInput = ChannelInput<'events:save'>;

const FIELD_OF_INPUT: Record<string, string> = { startsAt: 'starts', endsAt: 'ends' };

/**
 * The field a refused save's issue shows at, for a path of the channel's input: the channel names
 * instants where the form has clock times, and one list of participants (`saveInputOf`'s guests,
 * then hosts, then the others) where the form has two. The others have no field: the form's root.
 */
export function formFieldOf(inputPath: string, values: Pick<EventFormValues, 'guestIds' | 'hostIds'>): string {
  const [head = '', index] = inputPath.split('.');
  if (head !== 'participantIds') return FIELD_OF_INPUT[head] ?? inputPath;
  const at = Number(index);
  if (at < values.guestIds.length) return 'guestIds';
  return at < values.guestIds.length + values.hostIds.length ? 'hostIds' : 'root';
}

const blank = { az: '', ru: '', en: '' };
const filled = (text: { az: string | null; ru: string | null; en: string | null }) => ({ az: text.az ?? '', ru: text.ru ?? '', en: text.en ?? '' });

/** The form's first values: the event as stored, or a blank event at the given times. */
export function formValuesOf(visit: VisitDetail, event: ProtocolEvent | null, newAt: PlannedTimes): EventFormValues {
  if (!event) {
    return { type: 'other', title: blank, ...newAt, venueId: null, guestIds: [], hostIds: [], dressCode: blank, transport: blank, interpreter: blank,
      responsibleOfficerId: visit.responsibleOfficerId, notes: blank };
  }
  const sideOf = (personId: number) => visit.members.find((member) => member.personId === personId)?.side;
  const ids = event.participants.map((participant) => participant.personId);
  return {
    type: event.type,
    title: filled(event.title),
    ...plannedTimesOf(event.startsAt, event.endsAt, visit.timeZone),
    venueId: event.venueId,
    guestIds: ids.filter((id) => sideOf(id) === 'guest'),
    hostIds: ids.filter((id) => sideOf(id) !== 'guest'),
    dressCode: filled(event.dressCode),
    transport: filled(event.transport),
    interpreter: filled(event.interpreter),
    responsibleOfficerId: event.responsibleOfficerId,
    notes: filled(event.notes),
  };
}

/** The save channel's input for the form's values; `others` are participants kept who are not on the visit's lists. */
export function saveInputOf(values: EventFormValues, visit: VisitDetail, event: ProtocolEvent | null, others: number[]): EventSaveInput {
  return {
    ...(event && { id: event.id }),
    visitId: visit.id,
    type: values.type,
    title: values.title,
    ...plannedInstants(values, visit.timeZone),
    timeZone: visit.timeZone,
    venueId: values.venueId,
    dressCode: values.dressCode,
    transport: values.transport,
    interpreter: values.interpreter,
    responsibleOfficerId: values.responsibleOfficerId,
    notes: values.notes,
    participantIds: [...values.guestIds, ...values.hostIds, ...others],
    acknowledgedConflicts: event?.acknowledgedConflicts ?? [],
  };
}
