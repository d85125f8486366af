import { ActionIcon, Button, Group, Paper, Popover, Select, Stack, TextInput, Tooltip } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  CSV_COLUMNS,
  EXPIRY_FILTERS,
  type AgreementStatus,
  type ExpiryFilter,
  type RegisterFilter,
} from '../../../../domain/contract';
import { call } from '../../api';
import { showError, showSuccess } from '../../store/notices-store';
import { useSettings } from '../../store/settings-store';
import { downloadText } from '../../components/download';
import { RecordSelect } from '../../components/record-picker';
import type { Register } from './use-register';

const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/** The register's filters in SQL (partner, type, status, expiry), saved filters and the CSV export. */
export function RegisterFilters({ register }: { register: Register }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  const [saved, setSaved] = useState<RegisterFilter[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const { filters } = register;
  // A saved filter stays shown as chosen only until the officer changes a filter by hand.
  const setFilter: Register['setFilter'] = (name, value) => {
    setChosen(null);
    register.setFilter(name, value);
  };

  const reload = useCallback(() => call('registerFilters:list', {}).then(setSaved).catch(showError), []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const exportCsv = () => {
    const labels = {
      columns: Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`agreements.csv.${c}`)])) as Record<(typeof CSV_COLUMNS)[number], string>,
      types: Object.fromEntries(AGREEMENT_TYPES.map((type) => [type, t(`agreementType.${type}`)])) as Record<(typeof AGREEMENT_TYPES)[number], string>,
      statuses: Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, t(`agreementStatus.${s}`)])) as Record<AgreementStatus, string>,
      openEnded: t('common.openEnded'),
    };
    call('agreements:exportCsv', { ...register.view, lang, labels })
      .then((result) => {
        downloadText(result.csv, result.fileName, 'text/csv;charset=utf-8');
        showSuccess('agreements.exported', { count: result.rows });
      })
      .catch(showError);
  };

  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <RecordSelect
          kind="organization"
          label={t('agreements.filters.partner')}
          value={filters.partnerOrganizationId ? String(filters.partnerOrganizationId) : null}
          onChange={(value) => setFilter('partnerOrganizationId', value ? Number(value) : undefined)}
          clearable
          w={260}
          size="sm"
        />
        <Select
          label={t('agreements.filters.type')}
          data={AGREEMENT_TYPES.map((type) => ({ value: type, label: t(`agreementType.${type}`) }))}
          value={filters.type ?? null}
          onChange={(value) => setFilter('type', pick(AGREEMENT_TYPES, value))}
          clearable
          w={220}
          size="sm"
        />
        <Select
          label={t('agreements.filters.status')}
          data={AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) }))}
          value={filters.status ?? null}
          onChange={(value) => setFilter('status', pick(AGREEMENT_STATUSES, value))}
          clearable
          w={180}
          size="sm"
        />
        <Select
          label={t('agreements.filters.expiry')}
          data={EXPIRY_FILTERS.map((expiry) => ({ value: expiry, label: t(`agreements.expiry.${expiry}`) }))}
          value={filters.expiry ?? null}
          onChange={(value) => setFilter('expiry', pick<ExpiryFilter>(EXPIRY_FILTERS, value))}
          clearable
          w={250}
          size="sm"
        />
        <Select
          label={t('agreements.filters.saved')}
          placeholder={t('agreements.filters.savedPlaceholder')}
          data={saved.map((filter) => ({ value: String(filter.id), label: filter.name }))}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            const filter = saved.find((candidate) => String(candidate.id) === value);
            if (filter) register.applyView(filter.view);
          }}
          w={200}
          size="sm"
        />
        <SaveFilter register={register} onSaved={(filter) => void reload().then(() => setChosen(String(filter.id)))} />
        {chosen && (
          <Tooltip label={t('agreements.filters.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('agreements.filters.delete')}
              onClick={() =>
                call('registerFilters:delete', { id: Number(chosen) })
                  .then(() => {
                    setChosen(null);
                    return reload();
                  })
                  .catch(showError)
              }
            >
              ✕
            </ActionIcon>
          </Tooltip>
        )}
        <Button variant="light" size="sm" ml="auto" onClick={exportCsv}>
          {t('agreements.exportCsv')}
        </Button>
      </Group>
    </Paper>
  );
}

function SaveFilter({ register, onSaved }: { register: Register; onSaved(filter: RegisterFilter): void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const save = () =>
    call('registerFilters:save', { name, view: register.view })
      .then((filter) => {
        setOpened(false);
        setName('');
        showSuccess('agreements.filters.savedNotice', { name: filter.name });
        onSaved(filter);
      })
      .catch(showError);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" size="sm" onClick={() => setOpened((o) => !o)}>
          {t('agreements.filters.save')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <TextInput label={t('agreements.filters.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} data-autofocus />
          <Button size="xs" onClick={() => void save()} disabled={name.trim() === ''}>
            {t('agreements.filters.saveConfirm')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
