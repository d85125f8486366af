import { Center, Loader, Paper, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LANGUAGES, OrganizationInput, type ChannelInput, type Language, type LocalizedText, type Organization } from '../../../../domain/contract';
import { call } from '../../api';
import { countryName } from '../../i18n/country-name';
import { showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { RecordSelect } from '../../components/record-picker';
import { fieldErrorText } from '../../components/form-errors';
import { useContractForm } from '../../components/use-contract-form';
import { useCall } from '../../components/use-call';
import { TranslatedTextFields } from '../../components/translated-text-fields';
import { NameFields } from '../../components/name-fields';
import { PossibleDuplicates } from '../../components/possible-duplicates';
import { countryOptions } from './country-options';
import { DirectoryFormFooter } from '../../components/directory-form-footer';
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
  const loaded = useCall('organizations:get', opened && organizationId !== null ? { id: organizationId } : null).data;
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
  const countries = useMemo(() => countryOptions(t, lang), [t, lang]);
  const [saving, setSaving] = useState(false);
  const { control, register, formState, formRef, submit } = useContractForm<FormValues, Saved>({
    schema: OrganizationInput,
    defaultValues: defaults(organization),
  });
  const error = (path: string) => fieldErrorText(formState.errors, path, t);
  const requestClose = useUnsavedChanges(formState.isDirty);

  const names = useWatch({ control, name: ['name', 'shortName'] });
  const [debouncedNames] = useDebouncedValue(JSON.stringify(names), SIMILAR_DEBOUNCE_MS);
  const [typedName, typedShortName] = JSON.parse(debouncedNames) as [LocalizedText, LocalizedText];
  const typedQuery = similarQuery(typedName, typedShortName, organization?.id);
  const similarToTyped = useCall('organizations:similar', typedQuery);
  // The check on saving is the latest word until the next answer to what is typed.
  const [checked, setChecked] = useState<{ after: unknown; matches: Organization[] } | null>(null);
  const matches = checked && checked.after === similarToTyped.data ? checked.matches : typedQuery === null ? [] : (similarToTyped.data ?? []);

  const save = (force: boolean) =>
    submit(async (values) => {
      setSaving(true);
      try {
        const similar = force ? [] : await findSimilar(values.name, values.shortName, organization?.id);
        setChecked({ after: similarToTyped.data, matches: similar });
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
                  <RecordSelect
                    kind="organization"
                    exclude={organization?.id}
                    label={t('organizationForm.parent')}
                    placeholder={t('organizationForm.parentPlaceholder')}
                    value={field.value ? String(field.value) : null}
                    onChange={(value) => field.onChange(value ? Number(value) : null)}
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

/** What to ask about organisations like this one; nothing while both names are blank. */
function similarQuery(name: LocalizedText, shortName: LocalizedText, excludeId: number | undefined): ChannelInput<'organizations:similar'> | null {
  const blank = (text: LocalizedText) => LANGUAGES.every((language: Language) => !text[language]?.trim());
  if (blank(name) && blank(shortName)) return null;
  return { name, shortName, ...(excludeId !== undefined && { excludeId }) };
}

function findSimilar(name: LocalizedText, shortName: LocalizedText, excludeId: number | undefined): Promise<Organization[]> {
  const query = similarQuery(name, shortName, excludeId);
  return query === null ? Promise.resolve([]) : call('organizations:similar', query);
}
