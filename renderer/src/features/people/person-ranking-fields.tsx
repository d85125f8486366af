// Where a person stands in the order of precedence: their post and rank in the office's ranking
// table, since when they hold the post, and the office's own number for the rest.
import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/az';
import 'dayjs/locale/ru';
import type { TFunction } from 'i18next';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Language, PrecedenceTable, TierKind } from '../../../../domain/contract';
import { parseTypedDate } from '../../components/typed-date';
import { useCall } from '../../components/use-call';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';

interface RankingValues {
  postTier?: string | null;
  rankTier?: string | null;
  inPostSince?: string | null;
  precedence: number;
}

interface Props<Values extends FieldValues & RankingValues> {
  control: Control<Values, unknown, unknown>;
  error(path: string): string | undefined;
}

const TIER_FIELDS = [
  { name: 'postTier', kind: 'post', testId: 'person-post-tier' },
  { name: 'rankTier', kind: 'rank', testId: 'person-rank-tier' },
] as const;

/** The post and rank chosen from the ranking table, beside the office's own number. */
export function PersonRankingFields<Values extends FieldValues & RankingValues>({ control, error }: Props<Values>) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const table = useCall('settings:get', {}).data?.precedenceTable ?? [];
  return (
    <SimpleGrid cols={3} spacing="sm">
      {TIER_FIELDS.map(({ name, kind, testId }) => (
        <Controller
          key={name}
          control={control}
          name={name as Path<Values>}
          render={({ field }) => (
            <Select
              label={t(`personForm.${name}`)}
              placeholder={t('personForm.tierPlaceholder')}
              data={tierChoices(table, kind, (field.value as string | null) ?? null, lang, t)}
              value={(field.value as string | null) ?? null}
              onChange={(value) => field.onChange(value)}
              clearable
              searchable
              error={error(name)}
              data-testid={testId}
            />
          )}
        />
      ))}
      <Controller
        control={control}
        name={'precedence' as Path<Values>}
        render={({ field }) => (
          <NumberInput
            label={t('personForm.precedence')}
            description={t('personForm.precedenceHint')}
            value={field.value as number}
            onChange={(value) => field.onChange(typeof value === 'number' ? value : 100)}
            min={1}
            max={9999}
            error={error('precedence')}
          />
        )}
      />
    </SimpleGrid>
  );
}

/** Since when the person holds the post, typed DD.MM.YYYY or picked; blank when not known. */
export function InPostSinceField<Values extends FieldValues & RankingValues>({ control, error }: Props<Values>) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  return (
    <Controller
      control={control}
      name={'inPostSince' as Path<Values>}
      render={({ field }) => (
        <DateInput
          label={t('personForm.inPostSince')}
          placeholder={t('agreement.datePlaceholder')}
          value={(field.value as string | null) ?? null}
          onChange={(value) => field.onChange(value || null)}
          onBlur={field.onBlur}
          valueFormat="DD.MM.YYYY"
          dateParser={parseTypedDate}
          locale={lang}
          firstDayOfWeek={1}
          clearable
          error={error('inPostSince')}
          data-testid="person-in-post-since"
        />
      )}
    />
  );
}

/** The table's posts or ranks, highest tier first; a key the table no longer has still shows, so it isn't lost unseen. */
function tierChoices(table: PrecedenceTable, kind: TierKind, current: string | null, lang: Language, t: TFunction) {
  const choices = table
    .filter((entry) => entry.kind === kind)
    .sort((a, b) => a.tier - b.tier)
    .map((entry) => ({ value: entry.key, label: t('personForm.tierOption', { name: pickText(entry.name, lang), tier: entry.tier }) }));
  return current === null || choices.some((choice) => choice.value === current) ? choices : [...choices, { value: current, label: current }];
}
