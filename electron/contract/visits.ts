// Visits (delegations), their members, their programme of protocol events and their logistics.
import { z } from 'zod';
import {
  Id,
  Instant,
  IsoDate,
  LocalizedText,
  OptionalText,
  RequiredLocalizedText,
  TimeZone,
  Timestamps,
  Uuid,
  listQuery,
  page,
} from './common';

export const VISIT_STATUSES = ['draft', 'planned', 'confirmed', 'in_progress', 'completed', 'cancelled'] as const;
export const VisitStatus = z.enum(VISIT_STATUSES);
export type VisitStatus = z.infer<typeof VisitStatus>;
export const VisitDirection = z.enum(['incoming', 'outgoing']);

export const VisitInput = z
  .object({
    id: Id.optional(),
    uuid: Uuid.optional(),
    direction: VisitDirection,
    title: RequiredLocalizedText(300),
    partnerOrganizationId: Id,
    startDate: IsoDate,
    endDate: IsoDate,
    timeZone: TimeZone,
    city: LocalizedText(100),
    purpose: LocalizedText(2000),
    frameworkEvent: LocalizedText(500),
    talkingPoints: LocalizedText(20000),
    responsibleOfficerId: Id.nullable(),
    status: VisitStatus,
  })
  .strict()
  .refine((visit) => visit.endDate >= visit.startDate, { path: ['endDate'], message: 'validation.endBeforeStart' });

export const VisitSummary = z.object({
  id: Id,
  uuid: Uuid,
  direction: VisitDirection,
  title: LocalizedText(),
  partnerOrganizationId: Id,
  partnerName: LocalizedText(),
  partnerCountry: z.string(),
  headOfDelegation: LocalizedText().nullable(),
  startDate: IsoDate,
  endDate: IsoDate,
  city: LocalizedText(),
  status: VisitStatus,
});
export type VisitSummary = z.output<typeof VisitSummary>;
export const VisitListQuery = listQuery(['title', 'partner', 'startDate', 'status']).extend({
  status: VisitStatus.optional(),
  partnerOrganizationId: Id.optional(),
});
export const VisitPage = page(VisitSummary);

export const MEMBER_ROLES = ['head', 'deputy', 'member', 'interpreter', 'security', 'press', 'escort', 'liaison'] as const;
export const MemberRole = z.enum(MEMBER_ROLES);
/** `guest`: the delegation; `host`: our participants. */
export const MemberSide = z.enum(['guest', 'host']);

export const VisitMemberInput = z
  .object({
    id: Id.optional(),
    uuid: Uuid.optional(),
    visitId: Id,
    personId: Id,
    side: MemberSide,
    role: MemberRole,
    /** Omit to place the person by their precedence. */
    sortOrder: z.number().int().min(0).max(100000).optional(),
  })
  .strict();
export const VisitMember = z.object({
  id: Id,
  uuid: Uuid,
  visitId: Id,
  personId: Id,
  side: MemberSide,
  role: MemberRole,
  sortOrder: z.number().int(),
  name: LocalizedText(),
  rank: LocalizedText(),
  position: LocalizedText(),
  organizationName: LocalizedText().nullable(),
  precedence: z.number().int(),
});
export type VisitMember = z.output<typeof VisitMember>;

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
export const ATTENDANCE = ['expected', 'attended', 'absent', 'excused'] as const;
export const Attendance = z.enum(ATTENDANCE);

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
    transport: OptionalText(500),
    interpreter: OptionalText(200),
    responsibleOfficerId: Id.nullable(),
    notes: OptionalText(),
    participantIds: z.array(Id).max(500),
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
  transport: z.string().nullable(),
  interpreter: z.string().nullable(),
  responsibleOfficerId: Id.nullable(),
  notes: z.string().nullable(),
  participants: z.array(EventParticipant),
});
export type ProtocolEvent = z.output<typeof ProtocolEvent>;

export const Visit = z.object({
  id: Id,
  ...Timestamps,
  direction: VisitDirection,
  title: LocalizedText(),
  partnerOrganizationId: Id,
  partnerName: LocalizedText(),
  startDate: IsoDate,
  endDate: IsoDate,
  timeZone: z.string(),
  city: LocalizedText(),
  purpose: LocalizedText(),
  frameworkEvent: LocalizedText(),
  talkingPoints: LocalizedText(),
  responsibleOfficerId: Id.nullable(),
  status: VisitStatus,
});
export type Visit = z.output<typeof Visit>;
/** A visit with its delegation, our participants and its programme, in order. */
export const VisitDetail = Visit.extend({
  members: z.array(VisitMember),
  events: z.array(ProtocolEvent),
});
export type VisitDetail = z.output<typeof VisitDetail>;

export const TASK_KINDS = [
  'hotel',
  'cars',
  'interpreters',
  'flags',
  'gifts',
  'wreath',
  'accreditation',
  'security_clearance',
  'press',
  'other',
] as const;
export const TaskStatus = z.enum(['open', 'in_progress', 'done', 'not_needed']);
export const TaskInput = z
  .object({
    id: Id.optional(),
    uuid: Uuid.optional(),
    visitId: Id,
    kind: z.enum(TASK_KINDS),
    title: OptionalText(300),
    ownerPersonId: Id.nullable(),
    /** Days relative to the visit's first day; negative is before arrival. */
    dueOffsetDays: z.number().int().min(-365).max(365),
    status: TaskStatus,
    notes: OptionalText(),
  })
  .strict();
export const Task = TaskInput.extend({ id: Id, ...Timestamps, ownerName: LocalizedText().nullable() });
export type Task = z.output<typeof Task>;
