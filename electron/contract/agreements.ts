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

export const AgreementParty = z.object({ organizationId: Id, name: LocalizedText(), country: z.string() });
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
  status: AgreementStatus,
  replacesAgreementId: Id.nullable(),
  notes: z.string().nullable(),
  parties: z.array(AgreementParty),
  signatories: z.array(Signatory),
});
export type Agreement = z.output<typeof Agreement>;

export const AgreementListQuery = listQuery(['title', 'type', 'status', 'signedOn', 'validTo']).extend({
  status: AgreementStatus.optional(),
  partnerOrganizationId: Id.optional(),
});
export const AgreementPage = page(Agreement);
