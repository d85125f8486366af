// The programme of a visit: its protocol events, their participants, the conflicts between them
// and the travel times between venues that one of the conflict rules needs.
import { z } from 'zod';
import { Id, Instant, LocalizedText, RequiredLocalizedText, TimeZone, Timestamps, Uuid } from './common';

export const EVENT_TYPES = [
  'arrival',
  'wreath_laying',
  'bilateral_meeting',
  'signing_ceremony',
  'facility_tour',
  'official_dinner',
  'press',
  'departure',
  'other',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;
export const ATTENDANCE = ['expected', 'attended', 'absent', 'excused'] as const;
export const Attendance = z.enum(ATTENDANCE);

/** Keys of conflict warnings the officer saw and chose to save over (see Conflict.key). */
export const AcknowledgedConflicts = z.array(z.string().max(200)).max(200).default([]);

export const ProtocolEventInput = z
  .object({
    id: Id.optional(),
    uuid: Uuid.optional(),
    visitId: Id,
    type: EventType,
    title: RequiredLocalizedText(300),
    startsAt: Instant,
    endsAt: Instant,
    timeZone: TimeZone,
    venueId: Id.nullable(),
    /** Printed in the guest programme, so in the three languages like the title. */
    dressCode: LocalizedText(200),
    transport: LocalizedText(500),
    interpreter: LocalizedText(200),
    responsibleOfficerId: Id.nullable(),
    /** The run sheet's cues, printed like the title. */
    notes: LocalizedText(2000),
    participantIds: z.array(Id).max(500),
    acknowledgedConflicts: AcknowledgedConflicts,
  })
  .strict()
  .refine((event) => event.endsAt > event.startsAt, { path: ['endsAt'], message: 'validation.endBeforeStart' });

export const EventParticipant = z.object({
  personId: Id,
  name: LocalizedText(),
  attendance: Attendance,
});
export const ProtocolEvent = z.object({
  id: Id,
  ...Timestamps,
  visitId: Id,
  type: EventType,
  title: LocalizedText(),
  startsAt: Instant,
  endsAt: Instant,
  timeZone: z.string(),
  venueId: Id.nullable(),
  venueName: LocalizedText().nullable(),
  dressCode: LocalizedText(),
  transport: LocalizedText(),
  interpreter: LocalizedText(),
  responsibleOfficerId: Id.nullable(),
  notes: LocalizedText(),
  participants: z.array(EventParticipant),
  acknowledgedConflicts: z.array(z.string()),
});
export type ProtocolEvent = z.output<typeof ProtocolEvent>;

/** Moves an event to new times, as a drag on the timeline does; everything else stays. */
export const EventMoveInput = z
  .object({ id: Id, startsAt: Instant, endsAt: Instant, acknowledgedConflicts: AcknowledgedConflicts })
  .strict()
  .refine((event) => event.endsAt > event.startsAt, { path: ['endsAt'], message: 'validation.endBeforeStart' });

/** A copy of an event with its participants, placed right after the original unless told when. */
export const EventDuplicateInput = z
  .object({ id: Id, startsAt: Instant.optional(), acknowledgedConflicts: AcknowledgedConflicts })
  .strict();

/** Starts a programme from an earlier visit's: its events at the same local times from this visit's first day. */
export const ProgrammeCopyInput = z
  .object({ visitId: Id, fromVisitId: Id, acknowledgedConflicts: AcknowledgedConflicts })
  .strict()
  .refine((input) => input.visitId !== input.fromVisitId, { path: ['fromVisitId'], message: 'validation.copyFromItself' });

export const CONFLICT_RULES = ['personOverlap', 'venueOverlap', 'outsideVisit', 'headAbsent', 'travelTime'] as const;
export const ConflictRule = z.enum(CONFLICT_RULES);
export type ConflictRule = z.infer<typeof ConflictRule>;
export const RULE_SETTINGS = ['block', 'warn', 'ignore'] as const;
export const RuleSetting = z.enum(RULE_SETTINGS);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** The other event a conflict is with, which may belong to another visit. */
export const ConflictingEvent = z.object({
  id: Id,
  visitId: Id,
  title: LocalizedText(),
  startsAt: Instant,
  endsAt: Instant,
  timeZone: z.string(),
});
export const Conflict = z.object({
  rule: ConflictRule,
  severity: z.enum(['block', 'warn']),
  /** Stable for the same problem between the same records, so an acknowledgement can name it. */
  key: z.string(),
  /** The event checked; null while it is not saved yet. */
  eventId: Id.nullable(),
  other: ConflictingEvent.nullable(),
  person: z.object({ id: Id, name: LocalizedText() }).nullable(),
  venue: z.object({ id: Id, name: LocalizedText() }).nullable(),
  /** For travel time: the minutes needed and the minutes there are. */
  minutesNeeded: z.number().int().nullable(),
  minutesAvailable: z.number().int().nullable(),
  acknowledged: z.boolean(),
});
export type Conflict = z.output<typeof Conflict>;
/** What ConflictError's `details` carries when a save is refused over conflicts. */
export const ConflictDetails = z.object({ conflicts: z.array(Conflict) });

export const TravelTime = z.object({
  id: Id,
  fromVenueId: Id,
  fromVenueName: LocalizedText(),
  toVenueId: Id,
  toVenueName: LocalizedText(),
  minutes: z.number().int(),
});
export type TravelTime = z.output<typeof TravelTime>;
/** Travel is recorded once per pair of venues, in either order. */
export const TravelTimeInput = z
  .object({ uuid: Uuid.optional(), fromVenueId: Id, toVenueId: Id, minutes: z.number().int().min(0).max(24 * 60) })
  .strict()
  .refine((input) => input.fromVenueId !== input.toVenueId, { path: ['toVenueId'], message: 'validation.sameVenue' });
export const TravelTimeKey = z.object({ fromVenueId: Id, toVenueId: Id }).strict();

export const ConflictRules = z.object(
  Object.fromEntries(CONFLICT_RULES.map((rule) => [rule, RuleSetting])) as Record<ConflictRule, typeof RuleSetting>,
).strict();
export type ConflictRules = z.output<typeof ConflictRules>;
