import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, type VisitMember } from '../../../../domain/contract';
import { call } from '../../api';
import { showError } from '../../store/notices-store';
import { RecordSelect } from '../../components/record-picker';

/** Picks a person from the directory and puts them on one side of the visit with a role. */
export function AddMember({ visitId, side, onAdded }: { visitId: number; side: VisitMember['side']; onAdded(): void }) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState<VisitMember['role']>('member');
  const sideName = t(`visitPlan.sides.${side}`);

  const add = () => {
    if (personId === null) return;
    call('visitMembers:save', { visitId, personId: Number(personId), side, role })
      .then(() => {
        setPersonId(null);
        onAdded();
      })
      .catch(showError);
  };

  return (
    <Group align="flex-end" gap="sm">
      <RecordSelect
        kind="person"
        label={t('visitPlan.person')}
        aria-label={`${t('visitPlan.person')} (${sideName})`}
        placeholder={t('visitPlan.personPlaceholder')}
        value={personId}
        onChange={setPersonId}
        clearable
        w={320}
      />
      <Select
        label={t('visitPlan.role')}
        aria-label={`${t('visitPlan.role')} (${sideName})`}
        data={MEMBER_ROLES.map((value) => ({ value, label: t(`memberRole.${value}`) }))}
        value={role}
        onChange={(value) => value && setRole(value as VisitMember['role'])}
        allowDeselect={false}
        w={220}
      />
      <Button variant="light" onClick={add} disabled={personId === null}>
        {t('visitPlan.addMember')}
      </Button>
    </Group>
  );
}
