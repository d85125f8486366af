// Agreements with partner organisations: parties, signatories, validity and status.
import { z } from 'zod';
import { Id, IsoDate, LocalizedText, OptionalText, RequiredLocalizedText, Timestamps, Uuid, listQuery, page } from './common';

export const AGREEMENT_TYPES = ['joint_action_plan', 'memorandum', 'agreement', 'protocol', 'other'] as const;
export const AgreementType = z.enum(AGREEMENT_TYPES);
export const AGREEMENT_STATUSES = ['draft', 'under_negotiation', 'signed', 'in_force', 'expired', 'terminated'] as const;
export const AgreementStatus = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const SignatoryInput = z
  .object({
    personId: Id,
    /** The party the person signs for; it must be one of the agreement's parties. */
    organizationId: Id,
    signedOn: IsoDate.nullable(),
  })
  .strict();

export const AgreementInput = z
  .object({
    id: Id.optional(),
    uuid: Uuid.optional(),
    type: AgreementType,
    title: RequiredLocalizedText(500),
    signedOn: IsoDate.nullable(),
    signingPlace: LocalizedText(200),
    signedAtVisitId: Id.nullable(),
    validFrom: IsoDate.nullable(),
    /** null: open-ended. */
    validTo: IsoDate.nullable(),
    status: AgreementStatus,
    replacesAgreementId: Id.nullable(),
    notes: OptionalText(),
    partyIds: z.array(Id).min(1, 'validation.agreementNeedsParty').max(20),
    signatories: z.array(SignatoryInput).max(40),
  })
  .strict()
  .refine((a) => a.validTo === null || a.validFrom === null || a.validTo >= a.validFrom, {
    path: ['validTo'],
    message: 'validation.endBeforeStart',
  })
  .refine((a) => a.signatories.every((s) => a.partyIds.includes(s.organizationId)), {
    path: ['signatories'],
    message: 'validation.signatoryNotParty',
  });

export const AgreementParty = z.object({ organizationId: Id, name: LocalizedText(), shortName: LocalizedText(), country: z.string() });
export const Signatory = z.object({
  personId: Id,
  name: LocalizedText(),
  organizationId: Id,
  signedOn: IsoDate.nullable(),
});
export const Agreement = z.object({
  id: Id,
  ...Timestamps,
  type: AgreementType,
  title: LocalizedText(),
  signedOn: IsoDate.nullable(),
  signingPlace: LocalizedText(),
  signedAtVisitId: Id.nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  /** As the officer recorded it; the form edits this one. */
  status: AgreementStatus,
  /** What the office sees today: the recorded status as its dates make it (domain/agreement-status.ts). */
  shownStatus: AgreementStatus,
  replacesAgreementId: Id.nullable(),
  notes: z.string().nullable(),
  parties: z.array(AgreementParty),
  signatories: z.array(Signatory),
  /** The plan's activities: how many there are and how many are done ("4 of 11"). */
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
});
export type Agreement = z.output<typeof Agreement>;

/** Expiry as the register filters it, against today and the alert horizon in Settings. */
export const EXPIRY_FILTERS = ['expiring', 'expired', 'openEnded'] as const;
export const ExpiryFilter = z.enum(EXPIRY_FILTERS);
export type ExpiryFilter = z.infer<typeof ExpiryFilter>;
export const AGREEMENT_SORT_COLUMNS = ['title', 'type', 'status', 'signedOn', 'validTo'] as const;

export const AgreementFilter = z
  .object({
    search: z.string().trim().max(200).optional(),
    /** The status shown today, not the one recorded. */
    status: AgreementStatus.optional(),
    type: AgreementType.optional(),
    partnerOrganizationId: Id.optional(),
    expiry: ExpiryFilter.optional(),
  })
  .strict();
export type AgreementFilter = z.output<typeof AgreementFilter>;

export const AgreementListQuery = listQuery(AGREEMENT_SORT_COLUMNS).extend(AgreementFilter.omit({ search: true }).shape);
export const AgreementPage = page(Agreement);

export const ACTIVITY_KINDS = ['experience_exchange', 'joint_exercise', 'training_course', 'visit', 'other'] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export const ACTIVITY_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const ActivityStatus = z.enum(ACTIVITY_STATUSES);

/** One commitment of a plan: what, who answers for it on each side, and by when. */
export const ActivityInput = z
  .object({
    id: Id.optional(),
    uuid: Uuid.optional(),
    agreementId: Id,
    kind: ActivityKind,
    title: RequiredLocalizedText(500),
    responsibleOurs: OptionalText(300),
    responsiblePartner: OptionalText(300),
    /** A single due date is `dueTo` alone; a period has both. */
    dueFrom: IsoDate.nullable(),
    dueTo: IsoDate.nullable(),
    status: ActivityStatus,
  })
  .strict()
  .refine((a) => a.dueTo === null || a.dueFrom === null || a.dueTo >= a.dueFrom, {
    path: ['dueTo'],
    message: 'validation.endBeforeStart',
  });

export const Activity = z.object({
  id: Id,
  uuid: Uuid,
  agreementId: Id,
  kind: ActivityKind,
  title: LocalizedText(),
  responsibleOurs: z.string().nullable(),
  responsiblePartner: z.string().nullable(),
  dueFrom: IsoDate.nullable(),
  dueTo: IsoDate.nullable(),
  status: ActivityStatus,
  /** Not done or cancelled, and its last due day is before today. */
  overdue: z.boolean(),
});
export type Activity = z.output<typeof Activity>;
export const ByAgreement = z.object({ agreementId: Id }).strict();
