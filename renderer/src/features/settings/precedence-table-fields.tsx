import { ActionIcon, NumberInput, Select, Table, Text, TextInput } from '@mantine/core';
import { Controller, type FieldArrayWithId } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, TIER_KINDS } from '../../../../domain/contract';
import { fieldErrorText } from '../../components/form-errors';
import type { ContractForm } from '../../components/use-contract-form';
import type { PrecedenceFormValues, PrecedenceSaved } from './precedence-settings';

type Form = ContractForm<PrecedenceFormValues, PrecedenceSaved>;

interface Props {
  form: Form;
  rows: FieldArrayWithId<PrecedenceFormValues, 'precedenceTable'>[];
  onRemove(index: number): void;
  disabled: boolean;
}

// The narrow columns give up the page's minimum cell width (app.css), which is for words, not numbers.
const NARROW = { minWidth: 0 };

/** The ranking table's entries as rows of fields: tier, kind, the name in the three languages. */
export function PrecedenceTableFields({ form, rows, onRemove, disabled }: Props) {
  const { t } = useTranslation();
  // A check of the table as a whole (too many entries) rather than of one entry.
  const tableError = form.formState.errors.precedenceTable?.message ?? form.formState.errors.precedenceTable?.root?.message;
  return (
    <>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('precedence.empty')}
        </Text>
      ) : (
        // Scrolls sideways rather than squeezing the names when the window is narrow.
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={t('precedence.tableLabel')} layout="fixed" verticalSpacing={4} horizontalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={84} style={NARROW}>{t('precedence.columns.tier')}</Table.Th>
                <Table.Th w={160} style={NARROW}>{t('precedence.columns.kind')}</Table.Th>
                {LANGUAGES.map((language) => (
                  <Table.Th key={language}>{t(`precedence.columns.name.${language}`)}</Table.Th>
                ))}
                <Table.Th w={40} style={NARROW} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <PrecedenceRow key={row.id} form={form} index={index} onRemove={() => onRemove(index)} disabled={disabled} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {tableError && (
        <Text size="sm" c="red" role="alert">
          {t(`errors.${tableError}`, { defaultValue: t('errors.validation.invalidInput') })}
        </Text>
      )}
    </>
  );
}

interface RowProps {
  form: Form;
  index: number;
  onRemove(): void;
  disabled: boolean;
}

function PrecedenceRow({ form, index, onRemove, disabled }: RowProps) {
  const { t } = useTranslation();
  const { control, register, formState } = form;
  const path = `precedenceTable.${index}` as const;
  const row = index + 1;
  const label = (field: string) => t('precedence.rowField', { field, row });
  const fieldError = (at: string) => fieldErrorText(formState.errors, at, t);
  // The name is refused as a whole (no language given); a key is never shown, so its rare refusal goes there too.
  const nameError = fieldError(`${path}.name`) ?? fieldError(`${path}.key`);
  return (
    <Table.Tr style={{ verticalAlign: 'top' }}>
      <Table.Td style={NARROW}>
        <Controller
          control={control}
          name={`${path}.tier`}
          render={({ field }) => (
            <NumberInput
              aria-label={label(t('precedence.columns.tier'))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              min={1}
              max={99}
              allowDecimal={false}
              allowNegative={false}
              disabled={disabled}
              error={fieldError(`${path}.tier`)}
              data-testid={`precedence-tier-${index}`}
            />
          )}
        />
      </Table.Td>
      <Table.Td style={NARROW}>
        <Controller
          control={control}
          name={`${path}.kind`}
          render={({ field }) => (
            <Select
              aria-label={label(t('precedence.columns.kind'))}
              data={TIER_KINDS.map((kind) => ({ value: kind, label: t(`precedence.kinds.${kind}`) }))}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              allowDeselect={false}
              disabled={disabled}
              error={fieldError(`${path}.kind`)}
              data-testid={`precedence-kind-${index}`}
            />
          )}
        />
      </Table.Td>
      {LANGUAGES.map((language) => (
        <Table.Td key={language}>
          <TextInput
            aria-label={label(t(`precedence.columns.name.${language}`))}
            lang={language}
            {...register(`${path}.name.${language}`)}
            disabled={disabled}
            // The message once, under the first language; the other two are marked, as any of them would do.
            error={language === LANGUAGES[0] ? nameError : nameError !== undefined}
            data-testid={`precedence-name-${language}-${index}`}
          />
        </Table.Td>
      ))}
      <Table.Td style={NARROW}>
        <ActionIcon variant="subtle" color="red" mt={4} aria-label={t('precedence.remove', { row })} onClick={onRemove} disabled={disabled}>
          ✕
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
