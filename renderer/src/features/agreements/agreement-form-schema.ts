// The agreement form's values (strings, as inputs hold them) and their conversion to the contract's
// input. The form's schema gives only the values' shape; the rules are agreements:save's own.
import { z } from 'zod';
import { AgreementInput, type Agreement, type ChannelInput } from '../../../../domain/contract';
import { checkedByContract } from '../../components/contract-check';

const texts = z.object({ az: z.string(), ru: z.string(), en: z.string() });
/** A chosen record's id as a select holds it; '' or null when none is chosen. */
const chosen = z.string();

const agreementFormValues = z.object({
  type: AgreementInput.shape.type,
  title: texts,
  signingPlace: texts,
  signedOn: z.string(),
  signedAtVisitId: chosen.nullable(),
  validFrom: z.string(),
  validTo: z.string(),
  openEnded: z.boolean(),
  status: AgreementInput.shape.status,
  replacesAgreementId: chosen.nullable(),
  notes: z.string(),
  partyIds: z.array(chosen),
  signatories: z.array(z.object({ personId: chosen, organizationId: chosen, signedOn: z.string() })),
});
export type AgreementFormValues = z.infer<typeof agreementFormValues>;

/**
 * The contract puts "signs for a party that isn't one" on the whole list; the form shows it at
 * each signatory's organisation the contract refused.
 */
function fieldsOf(inputPath: string, values: AgreementFormValues): string[] {
  if (inputPath !== 'signatories') return [inputPath];
  return values.signatories.flatMap((signatory, index) =>
    signatory.organizationId !== '' && !values.partyIds.includes(signatory.organizationId) ? [`signatories.${index}.organizationId`] : [],
  );
}

/** What the contract is asked to judge: as `toInput`, with a signatory's empty choice left empty. */
const checkedInput = (values: AgreementFormValues) => ({
  ...toInput(values, null),
  signatories: values.signatories.map((s) => ({ personId: idOrNull(s.personId), organizationId: idOrNull(s.organizationId), signedOn: dateOrNull(s.signedOn) })),
});

export const agreementFormSchema = agreementFormValues.superRefine(checkedByContract(AgreementInput, checkedInput, fieldsOf));

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
