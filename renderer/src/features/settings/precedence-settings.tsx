import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Settings, TIER_KINDS, type PrecedenceTable } from '../../../../domain/contract';
import { call } from '../../api';
import { useCall } from '../../components/use-call';
import { useContractForm } from '../../components/use-contract-form';
import { showSuccess } from '../../store/notices-store';
import { useReadOnly } from '../../store/office-store';
import { PrecedenceTableFields } from './precedence-table-fields';

/** What the section saves: the settings' own schema judges it, as `settings:save` will. */
const PrecedenceSettingsInput = Settings.pick({ precedenceTable: true, guestsFirstAtEqualRank: true });
export type PrecedenceFormValues = z.input<typeof PrecedenceSettingsInput>;
export type PrecedenceSaved = z.output<typeof PrecedenceSettingsInput>;

/** The largest table the contract takes: past it, "Add" has nothing to offer. */
const MAX_ENTRIES = 200;

/** The table as the officer reads a protocol list: by tier, and at one tier the posts before the ranks. */
function inTierOrder(table: PrecedenceTable): PrecedenceTable {
  return [...table].sort((a, b) => a.tier - b.tier || TIER_KINDS.indexOf(a.kind) - TIER_KINDS.indexOf(b.kind));
}

const formValues = (settings: Settings): PrecedenceFormValues => ({
  precedenceTable: inTierOrder(settings.precedenceTable),
  guestsFirstAtEqualRank: settings.guestsFirstAtEqualRank,
});

/** A new entry's key: never shown, and kept when the office renames the entry, as people name it by key. */
function newKey(taken: ReadonlySet<string>): string {
  for (;;) {
    const key = `t-${Array.from(crypto.getRandomValues(new Uint32Array(2)), (part) => part.toString(36)).join('')}`;
    if (!taken.has(key)) return key;
  }
}

/** Settings section: the office's ranking table of posts and ranks, and who goes first at equal tier. */
export function PrecedenceSettings() {
  const { t } = useTranslation();
  const { data: settings } = useCall('settings:get', {});
  return (
    // The page's full width, not the settings column's: five fields a row, and the Russian names are long.
    <Paper withBorder radius="md" p="lg" mt="lg">
      <Stack gap="sm">
        <Title order={3} fz="md">
          {t('precedence.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('precedence.hint')}
        </Text>
        {settings && <PrecedenceForm settings={settings} />}
      </Stack>
    </Paper>
  );
}

function PrecedenceForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const form = useContractForm<PrecedenceFormValues, PrecedenceSaved>({ schema: PrecedenceSettingsInput, defaultValues: formValues(settings) });
  const { control, formState, formRef, submit, reset, getValues } = form;
  const entries = useFieldArray({ control, name: 'precedenceTable' });

  const save = submit(async (values) => {
    const saved = await call('settings:save', values);
    // Sorted again: a tier changed or an entry added takes its place in the table.
    reset(formValues(saved));
    showSuccess('precedence.saved');
  });

  const add = () => {
    const table = getValues('precedenceTable');
    entries.append({
      key: newKey(new Set(table.map((entry) => entry.key))),
      kind: 'post',
      // Beside the last entry, where the officer is looking.
      tier: table.at(-1)?.tier ?? 1,
      name: { az: '', ru: '', en: '' },
    });
  };

  return (
    <form ref={formRef} onSubmit={(event) => void save(event)} noValidate aria-label={t('precedence.title')}>
      <Stack gap="sm">
        <PrecedenceTableFields form={form} rows={entries.fields} onRemove={entries.remove} disabled={readOnly} />
        <Group>
          <Button variant="light" size="xs" onClick={add} disabled={readOnly || entries.fields.length >= MAX_ENTRIES} data-testid="precedence-add">
            {t('precedence.addEntry')}
          </Button>
        </Group>
        <Controller
          control={control}
          name="guestsFirstAtEqualRank"
          render={({ field }) => (
            <Switch
              label={t('precedence.guestsFirst')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              disabled={readOnly}
              data-testid="precedence-guests-first"
            />
          )}
        />
        <Group>
          <Button type="submit" loading={formState.isSubmitting} disabled={readOnly} data-testid="precedence-save">
            {t('precedence.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
