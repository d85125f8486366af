import { DateInput } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/az';
import 'dayjs/locale/ru';
import { useTranslation } from 'react-i18next';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useSettings } from '../../store/settings-store';
import { parseTypedDate } from '../../components/typed-date';

/**
 * A calendar date typed as DD.MM.YYYY or picked from a calendar in the interface language,
 * rather than the browser's own date input, which follows the PC's locale (MM/DD on many).
 * The form holds `YYYY-MM-DD`, or '' when blank.
 */
export function DateField<T extends FieldValues>({ control, name, label, error, disabled }: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateInput
          label={label}
          value={(field.value as string) || null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          valueFormat="DD.MM.YYYY"
          dateParser={parseTypedDate}
          locale={lang}
          firstDayOfWeek={1}
          placeholder={t('agreement.datePlaceholder')}
          clearable
          disabled={disabled}
          error={error}
        />
      )}
    />
  );
}
