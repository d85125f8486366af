import { Stack, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NO_TEXT, VenueInput, type Venue } from '../../../../domain/contract';
import { call } from '../../api';
import { showSuccess } from '../../store/notices-store';
import { fieldErrorText } from '../../components/form-errors';
import { useContractForm } from '../../components/use-contract-form';
import { TranslatedTextFields } from '../../components/translated-text-fields';
import { NameFields } from '../../components/name-fields';
import { DirectoryFormFooter } from '../../components/directory-form-footer';
import { FormModal, useUnsavedChanges } from '../../components/form-modal';

type FormValues = z.input<typeof VenueInput>;
type Saved = z.output<typeof VenueInput>;

function defaults(venue: Venue | null): FormValues {
  if (venue === null) return { name: NO_TEXT, address: NO_TEXT, city: NO_TEXT, notes: null };
  const { id, uuid, name, address, city, notes } = venue;
  return { id, uuid, name, address, city, notes };
}

interface Props {
  /** The venue to edit, or null for a new one; the form shows while `opened`. */
  venue: Venue | null;
  opened: boolean;
  onClose(): void;
  onSaved(): void;
  onDelete(venue: Venue): void;
}

/** A venue of the programme: its name in the three languages, where it is, and notes for the day. */
export function VenueFormModal({ venue, opened, onClose, onSaved, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size={860} title={t(venue ? 'venueForm.editTitle' : 'venueForm.createTitle')}>
      {opened && <VenueForm key={venue?.id ?? 'new'} venue={venue} onClose={onClose} onSaved={onSaved} onDelete={onDelete} />}
    </FormModal>
  );
}

function VenueForm({ venue, onClose, onSaved, onDelete }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const { control, register, formState, formRef, submit } = useContractForm<FormValues, Saved>({ schema: VenueInput, defaultValues: defaults(venue) });
  const requestClose = useUnsavedChanges(formState.isDirty);
  const save = submit(async (values) => {
    await call('venues:save', values);
    showSuccess('venueForm.saved');
    onSaved();
    onClose();
  });
  return (
    <form ref={formRef} onSubmit={(event) => void save(event)} noValidate aria-label={t('venueForm.formLabel')}>
      <Stack gap="sm">
        <Controller
          control={control}
          name="name"
          render={({ field }) => (
            // Venue names are translated ("Alley of Honours", «Аллея почётного захоронения»), not transliterated.
            <NameFields value={field.value} onChange={field.onChange} labelKey="venueForm.name" testId="venue-name" suggest={false}
              error={fieldErrorText(formState.errors, 'name', t)} />
          )}
        />
        {/* Printed on the run sheet, so in each pack's language. */}
        <Controller control={control} name="address" render={({ field }) => (
          <TranslatedTextFields value={field.value} onChange={field.onChange} labelKey="venueForm.addressIn" testId="venue-address" />
        )} />
        <Controller control={control} name="city" render={({ field }) => (
          <TranslatedTextFields value={field.value} onChange={field.onChange} labelKey="venueForm.cityIn" testId="venue-city" />
        )} />
        <Textarea label={t('venueForm.notes')} description={t('venueForm.notesHint')} autosize minRows={2} {...register('notes')} />
        <DirectoryFormFooter
          section="venueForm"
          testId="venue"
          saving={formState.isSubmitting}
          onClose={requestClose}
          onDelete={venue ? () => onDelete(venue) : undefined}
        />
      </Stack>
    </form>
  );
}
