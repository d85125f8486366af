// The agreement form's values (strings, as inputs hold them) and their conversion to the contract's input.
import { z } from 'zod';
import { AgreementStatus, AgreementType, type Agreement, type ChannelInput } from '../../../../domain/contract';

const texts = z.object({ az: z.string(), ru: z.string(), en: z.string() });
const date = z.union([z.literal(''), z.iso.date()]);

export const agreementFormSchema = z
  .object({
    type: AgreementType,
    title: texts.refine((t) => [t.az, t.ru, t.en].some((v) => v.trim() !== ''), { message: 'validation.atLeastOneLanguage' }),
    signingPlace: texts,
    signedOn: date,
    signedAtVisitId: z.string().nullable(),
    validFrom: date,
    validTo: date,
    openEnded: z.boolean(),
    status: AgreementStatus,
    replacesAgreementId: z.string().nullable(),
    notes: z.string().max(2000),
    partyIds: z.array(z.string()).min(1, 'validation.agreementNeedsParty'),
    signatories: z.array(
      z.object({ personId: z.string().min(1, 'validation.required'), organizationId: z.string().min(1, 'validation.required'), signedOn: date }),
    ),
  })
  .refine((v) => v.openEnded || v.validTo === '' || v.validFrom === '' || v.validTo >= v.validFrom, {
    path: ['validTo'],
    message: 'validation.endBeforeStart',
  })
  .superRefine((v, ctx) => {
    v.signatories.forEach((s, index) => {
      if (s.organizationId !== '' && !v.partyIds.includes(s.organizationId)) {
        ctx.addIssue({ code: 'custom', path: ['signatories', index, 'organizationId'], message: 'validation.signatoryNotParty' });
      }
    });
  });
export type AgreementFormValues = z.infer<typeof agreementFormSchema>;

const none = { az: '', ru: '', en: '' };
const idOrNull = (id: string | null) => (id ? Number(id) : null);
const dateOrNull = (value: string) => (value === '' ? null : value);

export function formValues(agreement: Agreement | null): AgreementFormValues {
  if (!agreement) {
    return {
      type: 'joint_action_plan',
      title: none,
      signingPlace: none,
      signedOn: '',
      signedAtVisitId: null,
      validFrom: '',
      validTo: '',
      openEnded: false,
      status: 'draft',
      replacesAgreementId: null,
      notes: '',
      partyIds: [],
      signatories: [],
    };
  }
  const text = (t: Agreement['title']) => ({ az: t.az ?? '', ru: t.ru ?? '', en: t.en ?? '' });
  return {
    type: agreement.type,
    title: text(agreement.title),
    signingPlace: text(agreement.signingPlace),
    signedOn: agreement.signedOn ?? '',
    signedAtVisitId: agreement.signedAtVisitId ? String(agreement.signedAtVisitId) : null,
    validFrom: agreement.validFrom ?? '',
    validTo: agreement.validTo ?? '',
    openEnded: agreement.validTo === null && agreement.validFrom !== null,
    status: agreement.status,
    replacesAgreementId: agreement.replacesAgreementId ? String(agreement.replacesAgreementId) : null,
    notes: agreement.notes ?? '',
    partyIds: agreement.parties.map((party) => String(party.organizationId)),
    signatories: agreement.signatories.map((s) => ({
      personId: String(s.personId),
      organizationId: String(s.organizationId),
      signedOn: s.signedOn ?? '',
    })),
  };
}

export function toInput(values: AgreementFormValues, agreement: Agreement | null): ChannelInput<'agreements:save'> {
  return {
    ...(agreement ? { id: agreement.id } : {}),
    type: values.type,
    title: values.title,
    signingPlace: values.signingPlace,
    signedOn: dateOrNull(values.signedOn),
    signedAtVisitId: idOrNull(values.signedAtVisitId),
    validFrom: dateOrNull(values.validFrom),
    validTo: values.openEnded ? null : dateOrNull(values.validTo),
    status: values.status,
    replacesAgreementId: idOrNull(values.replacesAgreementId),
    notes: values.notes,
    partyIds: values.partyIds.map(Number),
    signatories: values.signatories.map((s) => ({
      personId: Number(s.personId),
      organizationId: Number(s.organizationId),
      signedOn: dateOrNull(s.signedOn),
    })),
  };
}
