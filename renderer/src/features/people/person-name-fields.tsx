import { Stack } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { PersonNameParts } from '../../../../domain/contract';
import { NameFields } from '../../components/name-fields';

const PARTS = [
  { part: 'surname', labelKey: 'personForm.surname', testId: 'person-surname' },
  { part: 'givenName', labelKey: 'personForm.givenName', testId: 'person-given-name' },
  { part: 'patronymic', labelKey: 'personForm.patronymic', testId: 'person-patronymic' },
] as const;

interface Props<Values extends FieldValues & { name: PersonNameParts }> {
  control: Control<Values, unknown, unknown>;
  /** The translated error of a part (`name.surname`), if any. */
  error(path: string): string | undefined;
}

/**
 * A person's surname, given name(s) and patronymic, each in the three languages, each with the
 * spellings of what is typed offered in the other two (names-fields), so «Магомедович» typed
 * once is offered as "Magomedovich".
 */
export function PersonNameFields<Values extends FieldValues & { name: PersonNameParts }>({ control, error }: Props<Values>) {
  return (
    <Stack gap="xs">
      {PARTS.map(({ part, labelKey, testId }) => (
        <Controller
          key={part}
          control={control}
          name={`name.${part}` as Path<Values>}
          render={({ field }) => (
            <NameFields value={field.value} onChange={field.onChange} labelKey={labelKey} testId={testId} error={error(`name.${part}`)} />
          )}
        />
      ))}
    </Stack>
  );
}
