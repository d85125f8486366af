import { Center, Loader, Paper, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LANGUAGES, OrganizationInput, type Language, type LocalizedText, type Organization } from '../../../../domain/contract';
import { call } from '../../api';
import { countryName } from '../../i18n/country-name';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { named, useOptions } from '../agreements/use-options';
import { fieldErrorText } from '../../components/form-errors';
import { useContractForm } from '../../components/use-contract-form';
import { TranslatedTextFields } from '../../components/translated-text-fields';
import { NameFields } from '../people/name-fields';
import { PossibleDuplicates } from '../people/possible-duplicates';
import { countryOptions } from './country-options';
import { DirectoryFormFooter } from '../people/directory-form-footer';
import { FormModal, useUnsavedChanges } from '../../components/form-modal';

type FormValues = z.input<typeof OrganizationInput>;
type Saved = z.output<typeof OrganizationInput>;
const none = { az: null, ru: null, en: null };
const SIMILAR_DEBOUNCE_MS = 400;

function defaults(organization: Organization | null): FormValues {
  if (organization === null) return { country: '', name: none, shortName: none, parentId: null, isOurs: false, notes: none };
  const { id, uuid, country, name, shortName, parentId, isOurs, notes } = organization;
  return { id, uuid, country, name, shortName, parentId, isOurs, notes };
}

interface Props {
  organizationId: number | null;
  opened: boolean;
  onClose(): void;
  onSaved(): void;
  onDelete(organization: Organization): void;
  /** "Open existing" on the duplicate warning: show that organisation instead. */
  onOpen(id: number): void;
}

/** Creates or edits an organisation, loading the stored one first. */
export function OrganizationFormModal({ organizationId, opened, onClose, onSaved, onDelete, onOpen }: Props) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Organization | null>(null);
  useEffect(() => {
    if (!opened || organizationId === null) return;
    let current = true;
    call('organizations:get', { id: organizationId })
      .then((organization) => current && setLoaded(organization))
      .catch((error: unknown) => current && showError(error));
    return () => {
      current = false;
    };
  }, [opened, organizationId]);
  const shown = organizationId !== null && loaded?.id === organizationId ? loaded : null;
  const ready = organizationId === null || shown !== null;
  return (
    <FormModal opened={opened} onClose={onClose} size={900} title={t(organizationId === null ? 'organizationForm.createTitle' : 'organizationForm.editTitle')}>
      {opened && !ready && (
        <Center h={160}>
          <Loader color="navy" />
        </Center>
      )}
      {opened && ready && (
        <OrganizationForm
          key={shown ? `${shown.id}@${shown.updatedAt}` : 'new'}
          organization={shown}
          onClose={onClose}
          onSaved={onSaved}
          onOpen={onOpen}
          onDelete={onDelete}
        />
      )}
    </FormModal>
  );
}

interface FormProps {
  organization: Organization | null;
  onClose(): void;
  onSaved(): void;
  onOpen(id: number): void;
  onDelete(organization: Organization): void;
}

function OrganizationForm({ organization, onClose, onSaved, onOpen, onDelete }: FormProps) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const parents = useOptions('organizations:list', named);
  const countries = useMemo(() => countryOptions(t, lang), [t, lang]);
  const [matches, setMatches] = useState<Organization[]>([]);
  const [saving, setSaving] = useState(false);
  const { control, register, formState, formRef, submit } = useContractForm<FormValues, Saved>({
    schema: OrganizationInput,
    defaultValues: defaults(organization),
  });
  const error = (path: string) => fieldErrorText(formState.errors, path, t);
  const requestClose = useUnsavedChanges(formState.isDirty);

  const names = useWatch({ control, name: ['name', 'shortName'] });
  const [debouncedNames] = useDebouncedValue(JSON.stringify(names), SIMILAR_DEBOUNCE_MS);
  useEffect(() => {
    let current = true;
    const [name, shortName] = JSON.parse(debouncedNames) as [LocalizedText, LocalizedText];
    findSimilar(name, shortName, organization?.id)
      .then((found) => current && setMatches(found))
      .catch((failure: unknown) => current && showError(failure));
    return () => {
      current = false;
    };
  }, [debouncedNames, organization?.id]);

  const save = (force: boolean) =>
    submit(async (values) => {
      setSaving(true);
      try {
        const similar = force ? [] : await findSimilar(values.name, values.shortName, organization?.id);
        setMatches(similar);
        if (similar.length > 0) return;
        await call('organizations:save', values);
        showSuccess('organizationForm.saved');
        onSaved();
        onClose();
      } finally {
        setSaving(false);
      }
    });

  return (
    <form ref={formRef} onSubmit={(event) => void save(false)(event)} noValidate aria-label={t('organizationForm.formLabel')}>
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Controller
              control={control}
              name="name"
              render={({ field }) => (
                <NameFields value={field.value} onChange={field.onChange} labelKey="organizationForm.name" testId="organization-name" error={error('name')} />
              )}
            />
            <SimpleGrid cols={3} spacing="sm">
              {LANGUAGES.map((language) => (
                <TextInput
                  key={language}
                  label={t('organizationForm.shortName', { language: t(`nameFields.in.${language}`) })}
                  {...register(`shortName.${language}`)}
                  data-testid={`organization-short-${language}`}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
        {matches.length > 0 && (
          <PossibleDuplicates
            matches={matches.map((match) => ({ id: match.id, name: match.name, detail: countryName(match.country, t, lang) }))}
            titleKey="similar.organization"
            onOpen={onOpen}
            onSaveAnyway={() => void save(true)()}
            saving={saving}
          />
        )}
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <SimpleGrid cols={2} spacing="sm">
              <Controller
                control={control}
                name="country"
                render={({ field }) => (
                  <Select
                    label={t('organizationForm.country')}
                    placeholder={t('organizationForm.countryPlaceholder')}
                    data={countries}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    searchable
                    required
                    error={error('country')}
                    data-testid="organization-country"
                  />
                )}
              />
              <Controller
                control={control}
                name="parentId"
                render={({ field }) => (
                  <Select
                    label={t('organizationForm.parent')}
                    placeholder={t('organizationForm.parentPlaceholder')}
                    data={parents.options.filter((option) => option.value !== String(organization?.id))}
                    value={field.value ? String(field.value) : null}
                    onChange={(value) => field.onChange(value ? Number(value) : null)}
                    searchable
                    clearable
                    error={error('parentId')}
                  />
                )}
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="isOurs"
              render={({ field }) => (
                <Switch label={t('organizationForm.isOurs')} checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} />
              )}
            />
            {/* The partner's profile in the briefing pack, so in each pack's language. */}
            <Controller control={control} name="notes" render={({ field }) => (
              <TranslatedTextFields value={field.value} onChange={field.onChange} labelKey="organizationForm.notesIn" multiline testId="organization-notes" />
            )} />
          </Stack>
        </Paper>
        <DirectoryFormFooter
          section="organizationForm"
          testId="organization"
          saving={saving}
          onClose={requestClose}
          onDelete={organization ? () => onDelete(organization) : undefined}
        />
      </Stack>
    </form>
  );
}

function findSimilar(name: LocalizedText, shortName: LocalizedText, excludeId: number | undefined): Promise<Organization[]> {
  const blank = (text: LocalizedText) => LANGUAGES.every((language: Language) => !text[language]?.trim());
  if (blank(name) && blank(shortName)) return Promise.resolve([]);
  return call('organizations:similar', { name, shortName, ...(excludeId !== undefined && { excludeId }) });
}
