import { Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/az';
import 'dayjs/locale/ru';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LANGUAGES, VISIT_STATUSES, VisitInput, type Visit, type VisitDetail } from '../../../../domain/contract';
import { call } from '../../api';
import { fieldErrorText } from '../../components/form-errors';
import { useContractForm } from '../../components/use-contract-form';
import { showSuccess } from '../../store/notices-store';
import { useReadOnly } from '../../store/office-store';
import { useSettings } from '../../store/settings-store';
import { RecordSelect } from '../../components/record-picker';
import { FormModal, useUnsavedChanges } from '../../components/form-modal';

// No partner chosen yet is null, which the contract refuses as a field to fill in.
type FormValues = Omit<z.input<typeof VisitInput>, 'partnerOrganizationId'> & { partnerOrganizationId: number | null };
const none = { az: null, ru: null, en: null };
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

function defaults(visit: Visit | null): FormValues {
  if (visit === null) {
    return {
      direction: 'incoming',
      title: none,
      partnerOrganizationId: null,
      startDate: '',
      endDate: '',
      timeZone: 'Asia/Baku',
      city: none,
      purpose: none,
      frameworkEvent: none,
      talkingPoints: none,
      responsibleOfficerId: null,
      status: 'draft',
    };
  }
  const { id, uuid, direction, title, partnerOrganizationId, startDate, endDate, timeZone, city, purpose, frameworkEvent } = visit;
  return { id, uuid, direction, title, partnerOrganizationId, startDate, endDate, timeZone, city, purpose, frameworkEvent,
    talkingPoints: visit.talkingPoints, responsibleOfficerId: visit.responsibleOfficerId, status: visit.status };
}

interface Props {
  opened: boolean;
  /** The visit to edit, or null for a new one. */
  visit: Visit | null;
  onClose(): void;
  onSaved(visit: VisitDetail): void;
}

/** Creates or edits a visit; the status of a stored visit changes through its status menu instead. */
export function VisitFormModal({ opened, visit, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size={860} title={t(visit ? 'visitForm.editTitle' : 'visitForm.createTitle')}>
      {opened && <VisitForm visit={visit} onSaved={onSaved} />}
    </FormModal>
  );
}

function VisitForm({ visit, onSaved }: Omit<Props, 'opened' | 'onClose'>) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const lang = useSettings((state) => state.language);
  const { control, register, formState, formRef, submit } = useContractForm<FormValues, z.output<typeof VisitInput>>({
    schema: VisitInput,
    defaultValues: defaults(visit),
  });
  const fieldError = (path: string) => fieldErrorText(formState.errors, path, t);
  const requestClose = useUnsavedChanges(formState.isDirty);

  const save = submit(async (values) => {
    const saved = await call('visits:save', values);
    showSuccess('visitForm.saved');
    onSaved(saved);
  });

  return (
    <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1 }}>
      <form ref={formRef} onSubmit={(event) => void save(event)} noValidate aria-label={t('visitForm.formLabel')}>
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <SimpleGrid cols={2}>
                <Controller
                  control={control}
                  name="direction"
                  render={({ field }) => (
                    <Stack gap={4}>
                      <Text size="sm" fw={500}>
                        {t('visitForm.direction')}
                      </Text>
                      <SegmentedControl
                        value={field.value}
                        onChange={field.onChange}
                        data={(['incoming', 'outgoing'] as const).map((value) => ({ value, label: t(`direction.${value}`) }))}
                      />
                    </Stack>
                  )}
                />
                {visit === null && (
                  <Controller
                    control={control}
                    name="status"
                    render={({ field }) => (
                      <Select
                        label={t('visitForm.status')}
                        data={VISIT_STATUSES.map((status) => ({ value: status, label: t(`visitStatus.${status}`) }))}
                        value={field.value}
                        onChange={(value) => value && field.onChange(value)}
                        allowDeselect={false}
                      />
                    )}
                  />
                )}
              </SimpleGrid>
              <Controller
                control={control}
                name="partnerOrganizationId"
                render={({ field }) => (
                  <RecordSelect
                    kind="organization"
                    label={t('visitForm.partner')}
                    placeholder={t('visitForm.partnerPlaceholder')}
                    value={field.value ? String(field.value) : null}
                    onChange={(value) => field.onChange(value ? Number(value) : null)}
                    required
                    error={fieldError('partnerOrganizationId')}
                  />
                )}
              />
              {LANGUAGES.map((language) => (
                <TextInput
                  key={language}
                  label={t(`visitForm.titleIn.${language}`)}
                  {...register(`title.${language}`)}
                  error={language === 'az' ? fieldError('title') : undefined}
                />
              ))}
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <SimpleGrid cols={3}>
                {(['startDate', 'endDate'] as const).map((name) => (
                  <Controller
                    key={name}
                    control={control}
                    name={name}
                    render={({ field }) => (
                      <DatePickerInput
                        label={t(`visitForm.${name}`)}
                        value={field.value || null}
                        onChange={(value) => field.onChange(value ?? '')}
                        valueFormat="DD.MM.YYYY"
                        required
                        error={fieldError(name)}
                      />
                    )}
                  />
                ))}
                <Controller
                  control={control}
                  name="timeZone"
                  render={({ field }) => (
                    <Select
                      label={t('visitForm.timeZone')}
                      data={TIME_ZONES}
                      value={field.value}
                      onChange={(value) => value && field.onChange(value)}
                      searchable
                      allowDeselect={false}
                      error={fieldError('timeZone')}
                    />
                  )}
                />
              </SimpleGrid>
              <SimpleGrid cols={3}>
                {LANGUAGES.map((language) => (
                  <TextInput key={language} label={t(`visitForm.cityIn.${language}`)} {...register(`city.${language}`)} />
                ))}
              </SimpleGrid>
              <SimpleGrid cols={3}>
                {LANGUAGES.map((language) => (
                  <Textarea key={language} autosize minRows={2} label={t(`visitForm.purposeIn.${language}`)} {...register(`purpose.${language}`)} />
                ))}
              </SimpleGrid>
              <SimpleGrid cols={3}>
                {LANGUAGES.map((language) => (
                  <Textarea key={language} autosize minRows={1} label={t(`visitForm.frameworkIn.${language}`)} {...register(`frameworkEvent.${language}`)} />
                ))}
              </SimpleGrid>
              <Controller
                control={control}
                name="responsibleOfficerId"
                render={({ field }) => (
                  <RecordSelect
                    kind="person"
                    label={t('visitForm.officer')}
                    value={field.value ? String(field.value) : null}
                    onChange={(value) => field.onChange(value ? Number(value) : null)}
                    clearable
                    error={fieldError('responsibleOfficerId')}
                  />
                )}
              />
            </Stack>
          </Paper>
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {visit === null ? t('visitForm.checklistNote') : ''}
            </Text>
            <Group>
              <Button variant="default" onClick={requestClose}>
                {t('visitForm.cancel')}
              </Button>
              <Button type="submit" loading={formState.isSubmitting} disabled={readOnly}>
                {t('visitForm.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
