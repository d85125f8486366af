import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitMember } from '../../../../electron/contract';
import { pickText } from '../../i18n/pick-text';
import { useSettings } from '../../store/settings-store';

/** One side of a visit, in the order the backend keeps (precedence, then the officer's own order). */
export function VisitDelegation({ title, members }: { title: string; members: VisitMember[] }) {
  const { t } = useTranslation();
  const lang = useSettings((state) => state.language);
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={3} fz="lg" c="navy.9" mb="sm">
        {title}
      </Title>
      {members.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('visit.noMembers')}
        </Text>
      ) : (
        <Table striped layout="fixed" verticalSpacing={6} aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>{t('visit.member.order')}</Table.Th>
              <Table.Th w="22%">{t('visit.member.name')}</Table.Th>
              <Table.Th w="16%">{t('visit.member.rank')}</Table.Th>
              <Table.Th>{t('visit.member.position')}</Table.Th>
              <Table.Th w="24%">{t('visit.member.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member, index) => (
              <Table.Tr key={member.id}>
                <Table.Td c="dimmed">{index + 1}</Table.Td>
                <Table.Td fw={500}>{pickText(member.name, lang)}</Table.Td>
                <Table.Td>{pickText(member.rank, lang) || t('common.notGiven')}</Table.Td>
                <Table.Td>{pickText(member.position, lang)}</Table.Td>
                <Table.Td>{t(`memberRole.${member.role}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
