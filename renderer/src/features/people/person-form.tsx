import {
  Center,
  Group,
  Loader,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { composed, inReadersLanguage, LANGUAGES, PersonInput, PersonNameParts, runningName, shortName } from '../../../../domain/contract';
import type { ChannelInput, LocalizedText, Person } from '../../../../domain/contract';
import { call } from '../../api';
import { pickText } from '../../i18n/pick-text';
import { showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { RecordSelect } from '../../components/record-picker';
import { fieldErrorText } from '../../components/form-errors';
import { useContractForm } from '../../components/use-contract-form';
import { useCall } from '../../components/use-call';
import { TranslatedTextFields } from '../../components/translated-text-fields';
import { PersonNameFields } from './person-name-fields';
import { InPostSinceField, PersonRankingFields } from './person-ranking-fields';
import { DocumentsPanel } from '../documents/documents-panel';
import { initialsOf, PhotoPicker } from './photo-picker';
import { PossibleDuplicates, type LikelyMatch } from '../../components/possible-duplicates';
import { SPOKEN_LANGUAGES } from './spoken-languages';
import { DirectoryFormFooter } from '../../components/directory-form-footer';
import { FormModal, useUnsavedChanges } from '../../components/form-modal';

/** The form always gives the name in parts. */
const PersonFormInput = PersonInput.extend({ name: PersonNameParts });
type FormValues = z.input<typeof PersonFormInput>;
type Saved = z.output<typeof PersonFormInput>;
const none = { az: null, ru: null, en: null };
const SIMILAR_DEBOUNCE_MS = 400;

function defaults(person: Person | null): FormValues {
  if (person === null) {
    return { name: { surname: none, givenName: none, patronymic: none }, rank: none, position: none, bio: none, organizationId: null, languages: [], interpreterNeeded: false,
      dietaryNotes: none, protocolNotes: null, contact: null, precedence: 100, postTier: null, rankTier: null, inPostSince: null };
  }
  const { id, uuid, nameParts: name, rank, position, bio, organizationId, languages, interpreterNeeded, dietaryNotes, protocolNotes,
    contact, precedence, postTier, rankTier, inPostSince } = person;
  return { id, uuid, name, rank, position, bio, organizationId, languages, interpreterNeeded, dietaryNotes, protocolNotes, contact,
    precedence, postTier, rankTier, inPostSince };
}

interface Props {
  /** The person to edit, or null for a new one. */
  personId: number | null;
  opened: boolean;
  onClose(): void;
  /** After a save: the table reloads. */
  onSaved(): void;
  onDelete(person: Person): void;
  /** "Open existing" on the duplicate warning: show that person instead. */
  onOpen(id: number): void;
}

/** Creates or edits a person, loading the stored one (with the photo) first. */
export function PersonFormModal({ personId, opened, onClose, onSaved, onDelete, onOpen }: Props) {
  const { t } = useTranslation();
  const asked = opened && personId !== null ? { id: personId } : null;
  const stored = useCall('people:get', asked);
  // The photo's answer names no person: only one to the question asked now counts.
  const storedPhoto = useCall('people:photo', asked);
  const shown =
    personId !== null && stored.data?.id === personId && !storedPhoto.loading && !storedPhoto.error && storedPhoto.data !== null
      ? { person: stored.data, photo: storedPhoto.data.photo }
      : null;
  const ready = personId === null || shown !== null;
  return (
    <FormModal opened={opened} onClose={onClose} size={980} title={t(personId === null ? 'personForm.createTitle' : 'personForm.editTitle')}>
      {opened && !ready && (
        <Center h={200}>
          <Loader color="navy" />
        </Center>
      )}
      {opened && ready && (
        <PersonForm
          key={shown ? `${shown.person.id}@${shown.person.updatedAt}` : 'new'}
          person={shown?.person ?? null}
          storedPhoto={shown?.photo ?? null}
          onClose={onClose}
          onSaved={onSaved}
          onOpen={onOpen}
          onDelete={onDelete}
        />
      )}
      {opened && shown && <DocumentsPanel owner={{ personId: shown.person.id }} />}
    </FormModal>
  );
}

interface FormProps {
  person: Person | null;
  storedPhoto: string | null;
  onClose(): void;
  onSaved(): void;
  onOpen(id: number): void;
  onDelete(person: Person): void;
}

function PersonForm({ person, storedPhoto, onClose, onSaved, onOpen, onDelete }: FormProps) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [photo, setPhoto] = useState<{ upload: string | null | undefined; src: string | null }>({ upload: undefined, src: storedPhoto });
  const [saving, setSaving] = useState(false);
  const { control, register, formState, formRef, submit } = useContractForm<FormValues, Saved>({ schema: PersonFormInput, defaultValues: defaults(person) });
  const error = (path: string) => fieldErrorText(formState.errors, path, t);
  const requestClose = useUnsavedChanges(formState.isDirty || photo.upload !== undefined);

  // Warn while typing, not only on save: the officer may be about to re-enter someone.
  const parts = useWatch({ control, name: 'name' }) as PersonNameParts;
  const name = composed(parts, runningName);
  const [debouncedName] = useDebouncedValue(JSON.stringify(name), SIMILAR_DEBOUNCE_MS);
  const typedQuery = similarQuery(JSON.parse(debouncedName) as LocalizedText, person?.id);
  const similarToTyped = useCall('people:similar', typedQuery);
  // The check on saving is the latest word until the next answer to what is typed.
  const [checked, setChecked] = useState<{ after: unknown; matches: Person[] } | null>(null);
  const matches = checked && checked.after === similarToTyped.data ? checked.matches : typedQuery === null ? [] : (similarToTyped.data ?? []);

  const save = (force: boolean) =>
    submit(async (values) => {
      setSaving(true);
      try {
        const similar = force ? [] : await findSimilar(composed(values.name, runningName), person?.id);
        setChecked({ after: similarToTyped.data, matches: similar });
        if (similar.length > 0) return;
        await call('people:save', { ...values, ...(photo.upload !== undefined && { photo: photo.upload }) });
        showSuccess('personForm.saved');
        onSaved();
        onClose();
      } finally {
        setSaving(false);
      }
    });

  const localized = (field: 'rank' | 'position', labelKey: string) => (
    <SimpleGrid cols={3} spacing="sm">
      {LANGUAGES.map((language) => (
        <TextInput key={language} label={t(labelKey, { language: t(`nameFields.in.${language}`) })} {...register(`${field}.${language}`)} />
      ))}
    </SimpleGrid>
  );

  return (
    <form ref={formRef} onSubmit={(event) => void save(false)(event)} noValidate aria-label={t('personForm.formLabel')}>
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Group align="flex-start" wrap="nowrap" gap="lg">
            <PhotoPicker
              src={photo.src}
              initials={initialsOf(shortName(inReadersLanguage(parts, lang)))}
              onPicked={(base64) => setPhoto({ upload: base64, src: `data:image/jpeg;base64,${base64}` })}
              onRemoved={() => setPhoto({ upload: null, src: null })}
            />
            <Stack gap="sm" style={{ flex: 1 }}>
              <PersonNameFields control={control} error={error} />
              {localized('rank', 'personForm.rank')}
            </Stack>
          </Group>
        </Paper>
        {matches.length > 0 && (
          <PossibleDuplicates
            matches={matches.map((match) => toLikelyMatch(match, lang))}
            titleKey="similar.person"
            onOpen={onOpen}
            onSaveAnyway={() => void save(true)()}
            saving={saving}
          />
        )}
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            {localized('position', 'personForm.position')}
            <SimpleGrid cols={3} spacing="sm">
              <Controller
                control={control}
                name="organizationId"
                render={({ field }) => (
                  <RecordSelect
                    kind="organization"
                    label={t('personForm.organization')}
                    placeholder={t('personForm.organizationPlaceholder')}
                    value={field.value ? String(field.value) : null}
                    onChange={(value) => field.onChange(value ? Number(value) : null)}
                    clearable
                    error={error('organizationId')}
                    data-testid="person-organization"
                    style={{ gridColumn: 'span 2' }}
                  />
                )}
              />
              <InPostSinceField control={control} error={error} />
            </SimpleGrid>
            <PersonRankingFields control={control} error={error} />
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Text fw={600} size="sm">
              {t('personForm.protocol')}
            </Text>
            <SimpleGrid cols={3} spacing="sm">
              <Controller
                control={control}
                name="languages"
                render={({ field }) => (
                  <MultiSelect
                    label={t('personForm.languages')}
                    data={[...new Set([...SPOKEN_LANGUAGES, ...field.value])].map((code) => ({ value: code, label: t(`languageNames.${code}`, code) }))}
                    value={field.value}
                    onChange={field.onChange}
                    searchable
                    style={{ gridColumn: 'span 2' }}
                  />
                )}
              />
              <Controller
                control={control}
                name="interpreterNeeded"
                render={({ field }) => (
                  <Switch
                    label={t('personForm.interpreterNeeded')}
                    checked={field.value}
                    onChange={(event) => field.onChange(event.currentTarget.checked)}
                    mt={30}
                  />
                )}
              />
            </SimpleGrid>
            {/* Printed in the rooming list, so in each list's language. */}
            <Controller control={control} name="dietaryNotes" render={({ field }) => (
              <TranslatedTextFields value={field.value} onChange={field.onChange} labelKey="personForm.dietaryNotesIn" multiline testId="person-dietary" />
            )} />
            <SimpleGrid cols={2} spacing="sm">
              <Textarea label={t('personForm.protocolNotes')} description={t('personForm.protocolNotesHint')} autosize minRows={2} {...register('protocolNotes')} />
              <Textarea label={t('personForm.contact')} autosize minRows={2} {...register('contact')} />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={3} spacing="sm">
            {LANGUAGES.map((language) => (
              <Textarea key={language} label={t('personForm.bio', { language: t(`nameFields.in.${language}`) })} autosize minRows={3}
                {...register(`bio.${language}`)} />
            ))}
          </SimpleGrid>
        </Paper>
        <DirectoryFormFooter
          section="personForm"
          testId="person"
          saving={saving}
          onClose={requestClose}
          onDelete={person ? () => onDelete(person) : undefined}
        />
      </Stack>
    </form>
  );
}

/** What to ask about people with a name like this; nothing while the name is blank. */
function similarQuery(name: LocalizedText, excludeId: number | undefined): ChannelInput<'people:similar'> | null {
  const blank = LANGUAGES.every((language) => !name[language]?.trim());
  return blank ? null : { name, ...(excludeId !== undefined && { excludeId }) };
}

function findSimilar(name: LocalizedText, excludeId: number | undefined): Promise<Person[]> {
  const query = similarQuery(name, excludeId);
  return query === null ? Promise.resolve([]) : call('people:similar', query);
}

function toLikelyMatch(person: Person, lang: ReturnType<typeof useSettings.getState>['language']): LikelyMatch {
  const detail = [pickText(person.rank, lang), pickText(person.position, lang), pickText(person.organizationName, lang)];
  return { id: person.id, name: person.name, detail: detail.filter(Boolean).join(' · ') };
}
