// Visits (delegations), their members, their programme of protocol events and their logistics.
import { z } from 'zod';
import {
  Id,
  IsoDate,
  LocalizedText,
  RequiredLocalizedText,
  TimeZone,
  Timestamps,
  Uuid,
  listQuery,
  page,
} from './common';
import { ProtocolEvent } from './programme';

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

/** A checklist's progress, "7/9 done": tasks marked not needed count neither way. */
export const Readiness = z.object({ done: z.number().int(), total: z.number().int() });
export type Readiness = z.output<typeof Readiness>;

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
  readiness: Readiness,
});
export type VisitSummary = z.output<typeof VisitSummary>;
export const VisitListQuery = listQuery(['title', 'partner', 'startDate', 'status']).extend({
  status: VisitStatus.optional(),
  partnerOrganizationId: Id.optional(),
  /** Visits on any day of this calendar year, one that runs over New Year's Day in both years. */
  year: z.number().int().min(1900).max(2200).optional(),
});
export const VisitPage = page(VisitSummary);

export const MEMBER_ROLES = ['head', 'deputy', 'member', 'interpreter', 'security', 'press', 'escort', 'liaison'] as const;
export const MemberRole = z.enum(MEMBER_ROLES);
export type MemberRole = z.output<typeof MemberRole>;
/** `guest`: the delegation; `host`: our participants. */
export const MemberSide = z.enum(['guest', 'host']);
export type MemberSide = z.output<typeof MemberSide>;

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
  /** Surname first, with the patronymic, as the member list's header says. */
  listedName: LocalizedText(),
  rank: LocalizedText(),
  position: LocalizedText(),
  organizationName: LocalizedText().nullable(),
  precedence: z.number().int(),
  /** The person's place in the ranking table, from which the list's order of precedence and its reasons are computed. */
  postTier: z.string().nullable(),
  rankTier: z.string().nullable(),
  inPostSince: IsoDate.nullable(),
});
export type VisitMember = z.output<typeof VisitMember>;

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
