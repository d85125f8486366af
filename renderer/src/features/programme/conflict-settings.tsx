import { Button, Group, NumberInput, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFLICT_RULES, RULE_SETTINGS, type ConflictRules, type RuleSetting } from '../../../../domain/contract';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';
import { TravelTimesEditor } from './travel-times';

/** Settings section: what each programme conflict rule does, the default travel buffer, travel times. */
export function ProgrammeConflictSettings() {
  const { t } = useTranslation();
  const [rules, setRules] = useState<ConflictRules | null>(null);
  const [travel, setTravel] = useState<number | string>(15);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    call('settings:get', {})
      .then((settings) => {
        setRules(settings.conflictRules);
        setTravel(settings.defaultTravelMinutes);
      })
      .catch(showError);
  }, []);

  const save = () => {
    if (!rules) return;
    setBusy(true);
    call('settings:save', { conflictRules: rules, defaultTravelMinutes: Number(travel) })
      .then(() => showSuccess('programmeSettings.saved'))
      .catch(showError)
      .finally(() => setBusy(false));
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Title order={3} fz="md">{t('programmeSettings.title')}</Title>
        <Text size="sm" c="dimmed">{t('programmeSettings.hint')}</Text>
        {rules &&
          CONFLICT_RULES.map((rule) => (
            // Label above the choice: the three choices need the column's full width in Russian.
            <Stack key={rule} gap={4}>
              <Text size="sm">{t(`programmeSettings.rule.${rule}`)}</Text>
              <SegmentedControl
                aria-label={t(`programmeSettings.rule.${rule}`)}
                size="xs"
                value={rules[rule]}
                onChange={(value) => setRules({ ...rules, [rule]: value as RuleSetting })}
                data={RULE_SETTINGS.map((setting) => ({ value: setting, label: t(`programmeSettings.setting.${setting}`) }))}
              />
            </Stack>
          ))}
        <NumberInput
          label={t('programmeSettings.defaultTravel')}
          description={t('programmeSettings.defaultTravelHint')}
          value={travel}
          onChange={setTravel}
          min={0}
          max={240}
          w={320}
        />
        <Group>
          <Button onClick={save} loading={busy} disabled={!rules}>{t('programmeSettings.save')}</Button>
        </Group>
        <Title order={4} fz="sm" mt="md">{t('programme.travel.title')}</Title>
        <TravelTimesEditor />
      </Stack>
    </Paper>
  );
}
