import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { VenueInput, type Venue } from '../../../../electron/contract';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';
import { fieldErrorText, issuesOnFields } from '../../components/form-errors';
import { NameFields } from '../people/name-fields';
import { DirectoryFormFooter } from '../people/directory-form-footer';
import { FormModal, useUnsavedChanges } from '../../components/form-modal';

type FormValues = z.input<typeof VenueInput>;
type Saved = z.output<typeof VenueInput>;

function defaults(venue: Venue | null): FormValues {
  if (venue === null) return { name: { az: null, ru: null, en: null }, address: null, city: null, notes: null };
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
  const [saving, setSaving] = useState(false);
  const { control, register, handleSubmit, setError, formState } = useForm<FormValues, unknown, Saved>({
    resolver: zodResolver(VenueInput),
    defaultValues: defaults(venue),
  });
  const requestClose = useUnsavedChanges(formState.isDirty);
  const submit = handleSubmit(async (values) => {
    setSaving(true);
    try {
      await call('venues:save', values);
      showSuccess('venueForm.saved');
      onSaved();
      onClose();
    } catch (failure) {
      issuesOnFields(failure, (path, issue) => setError(path as FieldPath<FormValues>, issue));
      showError(failure);
    } finally {
      setSaving(false);
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('venueForm.formLabel')}>
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
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('venueForm.address')} {...register('address')} data-testid="venue-address" />
          <TextInput label={t('venueForm.city')} {...register('city')} data-testid="venue-city" />
        </SimpleGrid>
        <Textarea label={t('venueForm.notes')} description={t('venueForm.notesHint')} autosize minRows={2} {...register('notes')} />
        <DirectoryFormFooter
          section="venueForm"
          testId="venue"
          saving={saving}
          onClose={requestClose}
          onDelete={venue ? () => onDelete(venue) : undefined}
        />
      </Stack>
    </form>
  );
}
