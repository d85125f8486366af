import { ActionIcon, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  LANGUAGES,
  type Agreement,
} from '../../../../domain/contract';
import { AGREEMENT_STATUS_TRANSITIONS } from '../../../../domain/contract/status-transitions';
import { call } from '../../api';
import { fieldErrorText } from '../../components/form-errors';
import { useContractForm } from '../../components/use-contract-form';
import { choiceLabel, useChosen } from '../../components/record-choices';
import { RecordMultiSelect, RecordSelect } from '../../components/record-picker';
import { useSettings } from '../../store/settings-store';
import { showSuccess } from '../../store/notices-store';
import { useReadOnly } from '../../store/office-store';
import { agreementFormSchema, formValues, toInput } from './agreement-form-schema';
import { DateField } from './date-field';

export function AgreementForm({ agreement, onSaved }: { agreement: Agreement | null; onSaved(agreement: Agreement): void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const { control, register, formState, formRef, submit } = useContractForm({ schema: agreementFormSchema, defaultValues: formValues(agreement) });
  const signatories = useFieldArray({ control, name: 'signatories' });
  const partyIds = useWatch({ control, name: 'partyIds' });
  const openEnded = useWatch({ control, name: 'openEnded' });
  const lang = useSettings((state) => state.language);
  // A signatory signs for one of the parties chosen above, named as the parties' picker names them.
  const parties = useChosen('organization', partyIds.map(Number));
  const fieldError = (path: string) => fieldErrorText(formState.errors, path, t);

  // A stored agreement offers only the changes of status that make sense from where it is.
  const statuses = agreement ? [agreement.status, ...AGREEMENT_STATUS_TRANSITIONS[agreement.status]] : AGREEMENT_STATUSES;
  // The form edits the recorded status; when the dates make it show another, say so here.
  const statusHint =
    agreement === null
      ? undefined
      : agreement.shownStatus === agreement.status
        ? t('agreement.statusHint')
        : t('agreement.statusShownByDates', { status: t(`agreementStatus.${agreement.shownStatus}`) });
  const partyOptions = parties.map((party) => ({ value: String(party.id), label: choiceLabel(party, lang) }));

  const save = submit(async (values) => {
    const saved = await call('agreements:save', toInput(values, agreement));
    showSuccess('agreement.saved');
    onSaved(saved);
  });

  return (
    <form ref={formRef} onSubmit={(event) => void save(event)} noValidate aria-label={t('agreement.formLabel')}>
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <SimpleGrid cols={2}>
              <Controller
                control={control}
                name="type"
                render={({ field }) => (
                  <Select
                    label={t('agreement.type')}
                    data={AGREEMENT_TYPES.map((type) => ({ value: type, label: t(`agreementType.${type}`) }))}
                    value={field.value}
                    onChange={(value) => value && field.onChange(value)}
                    allowDeselect={false}
                  />
                )}
              />
              <Controller
                control={control}
                name="status"
                render={({ field }) => (
                  <Select
                    label={t('agreement.status')}
                    description={statusHint}
                    data={statuses.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) }))}
                    value={field.value}
                    onChange={(value) => value && field.onChange(value)}
                    allowDeselect={false}
                  />
                )}
              />
            </SimpleGrid>
            {LANGUAGES.map((lang) => (
              <Textarea
                key={lang}
                label={t(`agreement.titleIn.${lang}`)}
                autosize
                minRows={1}
                maxRows={4}
                {...register(`title.${lang}`)}
                error={lang === 'az' ? fieldError('title') : undefined}
              />
            ))}
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Title order={3} fz="md">
              {t('agreement.partiesAndSignatories')}
            </Title>
            <Controller
              control={control}
              name="partyIds"
              render={({ field }) => (
                <RecordMultiSelect
                  kind="organization"
                  label={t('agreement.parties')}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldError('partyIds')}
                />
              )}
            />
            {signatories.fields.map((item, index) => (
              <Group key={item.id} align="flex-start" gap="sm" wrap="nowrap">
                <Controller
                  control={control}
                  name={`signatories.${index}.personId`}
                  render={({ field }) => (
                    <RecordSelect
                      kind="person"
                      label={t('agreement.signatory')}
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? '')}
                      style={{ flex: 2 }}
                      error={fieldError(`signatories.${index}.personId`)}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name={`signatories.${index}.organizationId`}
                  render={({ field }) => (
                    <Select
                      label={t('agreement.signsFor')}
                      data={partyOptions}
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? '')}
                      style={{ flex: 2 }}
                      error={fieldError(`signatories.${index}.organizationId`)}
                    />
                  )}
                />
                <div style={{ flex: 1 }}>
                  <DateField control={control} name={`signatories.${index}.signedOn`} label={t('agreement.signatorySignedOn')} />
                </div>
                <ActionIcon variant="subtle" color="red" mt={26} aria-label={t('agreement.removeSignatory')} onClick={() => signatories.remove(index)}>
                  ✕
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" size="xs" onClick={() => signatories.append({ personId: '', organizationId: '', signedOn: '' })}>
                {t('agreement.addSignatory')}
              </Button>
            </Group>
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Title order={3} fz="md">
              {t('agreement.signingAndValidity')}
            </Title>
            <SimpleGrid cols={2}>
              <DateField control={control} name="signedOn" label={t('agreement.signedOn')} error={fieldError('signedOn')} />
              <Controller
                control={control}
                name="signedAtVisitId"
                render={({ field }) => (
                  <RecordSelect kind="visit" label={t('agreement.signedAtVisit')} value={field.value} onChange={field.onChange} clearable
                    error={fieldError('signedAtVisitId')} />
                )}
              />
            </SimpleGrid>
            <SimpleGrid cols={3}>
              {LANGUAGES.map((lang) => (
                <TextInput key={lang} label={t(`agreement.placeIn.${lang}`)} {...register(`signingPlace.${lang}`)} />
              ))}
            </SimpleGrid>
            <SimpleGrid cols={3}>
              <DateField control={control} name="validFrom" label={t('agreement.validFrom')} error={fieldError('validFrom')} />
              <DateField control={control} name="validTo" label={t('agreement.validTo')} disabled={openEnded} error={fieldError('validTo')} />
              <Checkbox label={t('agreement.openEnded')} mt={30} {...register('openEnded')} />
            </SimpleGrid>
            <Controller
              control={control}
              name="replacesAgreementId"
              render={({ field }) => (
                <RecordSelect
                  kind="agreement"
                  exclude={agreement?.id}
                  label={t('agreement.replaces')}
                  description={t('agreement.replacesHint')}
                  value={field.value}
                  onChange={field.onChange}
                  clearable
                  error={fieldError('replacesAgreementId')}
                />
              )}
            />
            <Textarea label={t('agreement.notes')} autosize minRows={2} {...register('notes')} />
          </Stack>
        </Paper>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {formState.isDirty ? t('agreement.unsaved') : ''}
          </Text>
          <Button type="submit" loading={formState.isSubmitting} disabled={readOnly}>
            {agreement ? t('agreement.save') : t('agreement.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
